namespace SecureMcp.Allocation.Scheduling;

/// <summary>An attempt in flight.</summary>
internal sealed record ActiveAttempt(long AttemptId, AgentState Agent, int Replica, int Number, DateTimeOffset StartedAt, DateTimeOffset Deadline)
{
    public bool Running { get; set; }
}
