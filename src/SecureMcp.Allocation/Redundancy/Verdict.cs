namespace SecureMcp.Allocation.Redundancy;

/// <summary>The planner's decision: accept a digest, ask for one more replica, or give up.</summary>
/// <param name="Kind">The decision.</param>
/// <param name="Digest">The best-supported result.</param>
/// <param name="Credibility">Posterior probability that it is correct.</param>
/// <param name="Agreeing">Agents that returned it.</param>
/// <param name="Disagreeing">Agents that returned something else.</param>
/// <param name="Reason">Why, in words.</param>
internal sealed record Verdict(
    VerdictKind Kind, string? Digest, double Credibility, IReadOnlyList<string> Agreeing, IReadOnlyList<string> Disagreeing, string Reason);
