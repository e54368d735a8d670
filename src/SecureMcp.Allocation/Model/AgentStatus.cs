namespace SecureMcp.Allocation.Model;

/// <summary>Security status of an agent from outside the scheduler (quarantine, sybil suspicion).</summary>
/// <param name="Quarantined">The agent is quarantined and gets no work.</param>
/// <param name="SybilSuspected">The trust engine suspects a sybil identity; it gets no work.</param>
/// <param name="Reason">Why, for the explanation.</param>
public readonly record struct AgentStatus(bool Quarantined, bool SybilSuspected, string? Reason)
{
    /// <summary>No restriction.</summary>
    public static AgentStatus Healthy => default;
}
