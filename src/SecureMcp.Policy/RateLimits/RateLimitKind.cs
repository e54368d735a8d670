namespace SecureMcp.Policy.RateLimits;

/// <summary>The limiter algorithm of a rate limit (from System.Threading.RateLimiting).</summary>
internal enum RateLimitKind
{
    /// <summary>Token bucket: a burst of <c>limit</c>, refilled by <c>tokensPerPeriod</c> every <c>period</c>.</summary>
    TokenBucket,

    /// <summary>Fixed window: at most <c>limit</c> calls per <c>window</c> (a quota).</summary>
    FixedWindow,

    /// <summary>Concurrency: at most <c>limit</c> calls in flight.</summary>
    Concurrency,
}
