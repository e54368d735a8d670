using System.Text.Json.Nodes;

namespace SecureMcp.Agents.Execution;

/// <summary>What happened when an agent ran a task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="AgentId">The agent that ran it.</param>
/// <param name="Succeeded">Every step returned a result without error.</param>
/// <param name="Valid">Every check passed (false when a step failed).</param>
/// <param name="DurationMs">Wall time of the plan.</param>
/// <param name="OnTime">Finished within the task's deadline.</param>
/// <param name="Error">The first failure, if any.</param>
/// <param name="Steps">Per-step outcomes.</param>
/// <param name="ResultDigest">SHA-256 of the last step's result, to compare redundant executions.</param>
/// <param name="Result">The last step's structured result.</param>
/// <param name="FailedUpstream">The upstream server the gateway reported unavailable, when that is why the plan failed.</param>
public sealed record TaskOutcome(
    string TaskId,
    string AgentId,
    bool Succeeded,
    bool Valid,
    double DurationMs,
    bool OnTime,
    string? Error,
    IReadOnlyList<StepOutcome> Steps,
    string? ResultDigest,
    JsonNode? Result,
    string? FailedUpstream = null);
