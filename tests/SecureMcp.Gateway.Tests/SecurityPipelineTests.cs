using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Identity;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Pipeline;

namespace SecureMcp.Gateway.Tests;

public sealed class SecurityPipelineTests
{
    private static GatewayCallContext Context(Principal? principal = null) =>
        new(McpOperation.CallTool, "s__t", principal ?? new Principal("p", "apikey", []), 0);

    private sealed class RecordingStage(string name, List<string> log) : ISecurityStage
    {
        public string Name => name;

        public async ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken)
        {
            log.Add("enter " + name);
            var result = await next(context, cancellationToken);
            log.Add("leave " + name);
            return result;
        }
    }

    private sealed class ThrowingStage : ISecurityStage
    {
        public string Name => "broken";

        public ValueTask<Result> InvokeAsync(GatewayCallContext context, GatewayCallHandler next, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("bug");
    }

    private static SecurityPipeline Pipeline(params ISecurityStage[] stages) => new(stages, NullLogger<SecurityPipeline>.Instance);

    [Fact]
    public async Task Run_StagesWrapEachOtherInOrder_AroundTheTerminal()
    {
        var log = new List<string>();
        var pipeline = Pipeline(new RecordingStage("a", log), new RecordingStage("b", log));

        await pipeline.RunAsync(Context(), (_, _) => { log.Add("terminal"); return ValueTask.FromResult<Result>(new CallToolResult()); }, default);

        log.ShouldBe(["enter a", "enter b", "terminal", "leave b", "leave a"]);
    }

    [Fact]
    public async Task Run_StageThrowsUnexpectedly_FailsClosedWithItsName()
    {
        var reached = false;
        var pipeline = Pipeline(new ThrowingStage());

        var ex = await Should.ThrowAsync<CallDeniedException>(async () =>
            await pipeline.RunAsync(Context(), (_, _) => { reached = true; return ValueTask.FromResult<Result>(new CallToolResult()); }, default));

        ex.Stage.ShouldBe("broken");
        reached.ShouldBeFalse();
    }

    [Fact]
    public async Task Run_TerminalThrows_ExceptionPassesThroughUnchanged()
    {
        var pipeline = Pipeline(new RecordingStage("a", []));

        await Should.ThrowAsync<TimeoutException>(async () =>
            await pipeline.RunAsync(Context(), (_, _) => throw new TimeoutException("upstream"), default));
    }

    [Fact]
    public async Task AuthenticateStage_NoPrincipal_Denies()
    {
        var context = new GatewayCallContext(McpOperation.CallTool, "s__t", null, 0);

        var ex = await Should.ThrowAsync<CallDeniedException>(async () =>
            await Pipeline(new AuthenticateStage()).RunAsync(context, (_, _) => ValueTask.FromResult<Result>(new CallToolResult()), default));

        ex.Stage.ShouldBe("authenticate");
    }
}
