using System.Diagnostics;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.Agents.Execution;

namespace SecureMcp.Cli.Bench;

/// <summary>Times every tool call an agent's plan executor makes and records it in the agent's <see cref="AgentRecorder"/>.</summary>
internal sealed class TimedInvoker(IToolInvoker inner, AgentRecorder recorder, MeasurementWindow window) : IToolInvoker
{
    public async ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await inner.CallAsync(tool, arguments, cancellationToken);
            recorder.Call(window, started, Stopwatch.GetElapsedTime(started), result.IsError == true ? $"{tool}: tool error" : null);
            return result;
        }
        catch (Exception ex)
        {
            recorder.Call(window, started, Stopwatch.GetElapsedTime(started), $"{tool}: {ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }
}
