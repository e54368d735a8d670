namespace SecureMcp.Allocation.Explain;

/// <summary>An agent that was not eligible, and why.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Reason">The first rule it failed.</param>
/// <param name="Detail">Specifics, for example the missing capability.</param>
public sealed record ExcludedAgent(string AgentId, ExclusionReason Reason, string? Detail);
