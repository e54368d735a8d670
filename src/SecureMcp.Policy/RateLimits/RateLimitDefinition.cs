using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.RateLimits;

/// <summary>One configured rate limit, quota or concurrency cap.</summary>
/// <param name="Id">Identifier named in denials.</param>
/// <param name="Per">What one limiter counts.</param>
/// <param name="Kind">The algorithm.</param>
/// <param name="Limit">Token limit, permits per window, or concurrent calls.</param>
/// <param name="Period">Replenishment period (token bucket) or window (fixed window); unused for concurrency.</param>
/// <param name="TokensPerPeriod">Tokens added per period (token bucket).</param>
/// <param name="Scope">Tools and servers it applies to (empty: all).</param>
/// <param name="Principals">Principal id globs it applies to (empty: all).</param>
/// <param name="Line">The line in the policy file.</param>
internal sealed record RateLimitDefinition(
    string Id,
    RateLimitPartitionKind Per,
    RateLimitKind Kind,
    int Limit,
    TimeSpan Period,
    int TokensPerPeriod,
    TargetScope Scope,
    IReadOnlyList<string> Principals,
    int Line = 0);
