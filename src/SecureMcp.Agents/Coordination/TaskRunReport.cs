namespace SecureMcp.Agents.Coordination;

/// <summary>How one task ended after the scheduler's retries and verification.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Succeeded">An accepted result exists.</param>
/// <param name="Attempts">Agent executions it took (retries and replicas included).</param>
/// <param name="LatencyMs">From submission to the final disposition.</param>
/// <param name="Agents">The agents that ran it, in order.</param>
/// <param name="Reason">Why it failed, if it did.</param>
public sealed record TaskRunReport(string TaskId, bool Succeeded, int Attempts, double LatencyMs, IReadOnlyList<string> Agents, string? Reason);
