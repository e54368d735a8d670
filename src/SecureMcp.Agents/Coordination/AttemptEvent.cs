using SecureMcp.Agents.Execution;

namespace SecureMcp.Agents.Coordination;

/// <summary>One agent execution as the coordinator saw it, for display and audit.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="AgentId">The agent that ran it.</param>
/// <param name="Replica">0 for the primary run, higher for verification replicas.</param>
/// <param name="Outcome">What the agent reported, or null if the agent itself failed.</param>
/// <param name="Disposition">What the scheduler decided (succeeded, reassigned, awaiting verification, reported failed).</param>
/// <param name="Error">The transport or agent failure, if any.</param>
public sealed record AttemptEvent(string TaskId, string AgentId, int Replica, TaskOutcome? Outcome, string Disposition, string? Error);
