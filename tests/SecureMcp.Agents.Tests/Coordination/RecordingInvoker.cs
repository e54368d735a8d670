using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.Agents.Execution;

namespace SecureMcp.Agents.Tests.Coordination;

/// <summary>A tool that echoes its "n" argument back, records which task called it and when, and can be made to hang.</summary>
internal sealed class RecordingInvoker : IToolInvoker
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>While set, calls hang until cancelled (a coordinator that dies mid-task).</summary>
    public volatile bool Hang;

    public IReadOnlyList<string> Calls => [.. _calls];

    public async ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken)
    {
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var task = arguments["task"]!.GetValue<string>();
        _calls.Enqueue(task);
        var result = new JsonObject { ["task"] = task, ["n"] = arguments["n"]!.GetValue<int>() };
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = result.ToJsonString() }],
            StructuredContent = JsonDocument.Parse(result.ToJsonString()).RootElement.Clone(),
        };
    }
}
