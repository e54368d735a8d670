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
        JsonNode? last = null;
        try
        {
            foreach (var step in PlanOrdering.Order(task.Steps))
            {
                var stepStarted = _time.GetTimestamp();
                var (result, stepError) = await RunStepAsync(step, results, deadline.Token);
                steps.Add(new StepOutcome(step.Id, step.Tool, stepError is null, _time.GetElapsedTime(stepStarted).TotalMilliseconds, stepError));
                if (stepError is not null)
                {
                    error = $"step '{step.Id}' ({step.Tool}): {stepError}";
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
            last);
    }

    private async Task<(JsonNode? Result, string? Error)> RunStepAsync(TaskStep step, Dictionary<string, JsonNode?> results, CancellationToken cancellationToken)
    {
        var arguments = ReferenceResolver.Resolve(step.Arguments, results);
        try
        {
            var result = await invoker.CallAsync(step.Tool, arguments, cancellationToken);
            if (result.IsError == true)
            {
                return (null, "tool error: " + string.Join(" ", result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
            }

            return (ResultJson(result), null);
        }
        catch (McpException ex)
        {
            return (null, "refused: " + ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException)
        {
            return (null, "transport: " + ex.Message);
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
