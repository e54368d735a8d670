namespace SecureMcp.Policy.RateLimits;

/// <summary>Why a call was refused by a rate limit, and when to retry.</summary>
/// <param name="LimitId">The rate limit that refused.</param>
/// <param name="RetryAfter">When a retry may succeed.</param>
/// <param name="Description">For example <c>token bucket 'per-agent' (10 per 1s, per principal)</c>.</param>
internal sealed record RateLimitRejection(string LimitId, TimeSpan RetryAfter, string Description);
