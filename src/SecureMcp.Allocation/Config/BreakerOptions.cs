namespace SecureMcp.Allocation.Config;

/// <summary>A circuit breaker (Polly.Core): opens when the failure ratio over the sampling window is reached.</summary>
public sealed record BreakerOptions
{
    /// <summary>Failure ratio in (0, 1] that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Outcomes needed in the window before the ratio counts (≥ 2).</summary>
    public int MinimumThroughput { get; init; } = 5;

    /// <summary>Sampling window (≥ 0.5 s).</summary>
    public double SamplingSeconds { get; init; } = 30;

    /// <summary>How long the circuit stays open before one trial is let through (≥ 0.5 s).</summary>
    public double BreakSeconds { get; init; } = 30;
}
