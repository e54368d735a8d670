using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Execution;

/// <summary>Runs a task's plan step by step through a tool invoker, passing results along, then checks them.</summary>
public sealed class PlanExecutor(IToolInvoker invoker, string agentId, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Runs the task within its deadline and reports the outcome; never throws for a failing plan.</summary>
    public async Task<TaskOutcome> RunAsync(AgentTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var started = _time.GetTimestamp();
        var results = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var steps = new List<StepOutcome>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(task.DeadlineSeconds));
        string? error = null;
        string? failedUpstream = null;
        JsonNode? last = null;
        try
        {
            foreach (var step in PlanOrdering.Order(task.Steps))
            {
                var stepStarted = _time.GetTimestamp();
                var (result, stepError, upstreamDown) = await RunStepAsync(step, results, deadline.Token);
                steps.Add(new StepOutcome(step.Id, step.Tool, stepError is null, _time.GetElapsedTime(stepStarted).TotalMilliseconds, stepError));
                if (stepError is not null)
                {
                    error = $"step '{step.Id}' ({step.Tool}): {stepError}";
                    failedUpstream = upstreamDown ? UpstreamOf(step.Tool) : null;
                    break;
                }

                results[step.Id] = result;
                last = result;
            }
        }
        catch (PlanException ex)
        {
            error = "invalid plan: " + ex.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"deadline of {task.DeadlineSeconds} s passed";
        }

        var duration = _time.GetElapsedTime(started);
        var succeeded = error is null;
        var checkFailure = succeeded ? CheckEvaluator.FirstFailure(task.Checks, results) : null;
        return new TaskOutcome(
            task.Id,
            agentId,
            succeeded,
            succeeded && checkFailure is null,
            duration.TotalMilliseconds,
            duration.TotalSeconds <= task.DeadlineSeconds,
            error ?? checkFailure,
            steps,
            last is null ? null : Digest(last),
            last,
            failedUpstream);
    }

    /// <summary>The upstream server of a federated tool name (<c>server__tool</c>).</summary>
    public static string UpstreamOf(string tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var split = tool.IndexOf("__", StringComparison.Ordinal);
        return split > 0 ? tool[..split] : tool;
    }

    private async Task<(JsonNode? Result, string? Error, bool UpstreamDown)> RunStepAsync(TaskStep step, Dictionary<string, JsonNode?> results, CancellationToken cancellationToken)
    {
        var arguments = ReferenceResolver.Resolve(step.Arguments, results);
        try
        {
            var result = await invoker.CallAsync(step.Tool, arguments, cancellationToken);
            if (result.IsError == true)
            {
                return (null, "tool error: " + string.Join(" ", result.Content.OfType<TextContentBlock>().Select(t => t.Text)), false);
            }

            return (ResultJson(result), null, false);
        }
        catch (McpProtocolException ex) when ((int)ex.ErrorCode == Core.Pipeline.ErrorCodes.UpstreamUnavailable)
        {
            // The gateway says the server behind the tool is down: the scheduler's breaker for that server, not the agent, takes the blame.
            return (null, "upstream unavailable: " + ex.Message, true);
        }
        catch (McpException ex)
        {
            return (null, "refused: " + ex.Message, false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException)
        {
            return (null, "transport: " + ex.Message, false);
        }
    }

    /// <summary>The structured result, or the text content parsed as JSON, or the text itself.</summary>
    private static JsonNode? ResultJson(CallToolResult result)
    {
        if (result.StructuredContent is { } structured)
        {
            return JsonNode.Parse(structured.GetRawText());
        }

        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static string Digest(JsonNode node) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.ToJsonString())));
}
