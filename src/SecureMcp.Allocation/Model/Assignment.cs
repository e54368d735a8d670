namespace SecureMcp.Allocation.Model;

/// <summary>An attempt handed to an agent; the agent reports back with <see cref="AttemptId"/>.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="AgentId">The chosen agent.</param>
/// <param name="AttemptId">Fencing token: a completion for an attempt that is no longer current is ignored.</param>
/// <param name="Replica">0 for the first execution, ≥ 1 for a verifying replica.</param>
/// <param name="Deadline">When the attempt times out.</param>
public sealed record Assignment(string TaskId, string AgentId, long AttemptId, int Replica, DateTimeOffset Deadline);
