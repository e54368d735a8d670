namespace SecureMcp.Policy.RateLimits;

/// <summary>What one limiter instance counts: each principal, each tool, each upstream, or each principal on each tool.</summary>
internal enum RateLimitPartitionKind
{
    /// <summary>One limiter per principal.</summary>
    Principal,

    /// <summary>One limiter per tool (shared by every principal).</summary>
    Tool,

    /// <summary>One limiter per upstream server.</summary>
    Server,

    /// <summary>One limiter per principal and tool.</summary>
    PrincipalTool,
}
