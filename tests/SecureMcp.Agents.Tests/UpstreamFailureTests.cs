using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Tests;

public sealed class UpstreamFailureTests
{
    private sealed class ThrowingInvoker(McpException error) : IToolInvoker
    {
        public ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken) => throw error;
    }

    private static readonly AgentTask Task = new() { Id = "t", Steps = [new TaskStep("s", "files__read", new JsonObject())] };

    [Fact]
    public async Task RunAsync_GatewayReportsUpstreamUnavailable_BlamesTheUpstreamNotTheAgent()
    {
        var invoker = new ThrowingInvoker(new McpProtocolException("Upstream 'files' is unavailable: restarting", (McpErrorCode)(-32004)));

        var outcome = await new PlanExecutor(invoker, "a1").RunAsync(Task, default);

        outcome.Succeeded.ShouldBeFalse();
        outcome.FailedUpstream.ShouldBe("files");
        outcome.Error.ShouldBe("step 's' (files__read): upstream unavailable: Upstream 'files' is unavailable: restarting");
    }

    [Fact]
    public async Task RunAsync_GatewayRefusesTheCall_IsTheAgentsFailure()
    {
        var invoker = new ThrowingInvoker(new McpProtocolException("Principal 'a1' may not call 'files__read'", (McpErrorCode)(-32003)));

        var outcome = await new PlanExecutor(invoker, "a1").RunAsync(Task, default);

        outcome.Succeeded.ShouldBeFalse();
        outcome.FailedUpstream.ShouldBeNull();
        outcome.Error!.ShouldStartWith("step 's' (files__read): refused:");
    }
}
