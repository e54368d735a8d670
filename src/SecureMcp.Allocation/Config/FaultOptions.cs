namespace SecureMcp.Allocation.Config;

/// <summary>Timeouts, retries and circuit breakers.</summary>
public sealed record FaultOptions
{
    /// <summary>Time an agent has for one attempt when the task does not say.</summary>
    public double DefaultAttemptTimeoutSeconds { get; init; } = 60;

    /// <summary>Reassignments after failures when the task does not say.</summary>
    public int DefaultRetryBudget { get; init; } = 3;

    /// <summary>Breaker per agent.</summary>
    public BreakerOptions AgentBreaker { get; init; } = new();

    /// <summary>Breaker per upstream MCP server.</summary>
    public BreakerOptions UpstreamBreaker { get; init; } = new() { MinimumThroughput = 10, BreakSeconds = 15 };
}
