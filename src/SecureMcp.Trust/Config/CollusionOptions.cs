namespace SecureMcp.Trust.Config;

/// <summary>Parameters of collusion-ring detection.</summary>
public sealed record CollusionOptions
{
    /// <summary>Share of positive ratings above which a rating relation counts as high.</summary>
    public double HighRatingThreshold { get; init; } = 0.8;

    /// <summary>Smallest group reported as a ring.</summary>
    public int MinRingSize { get; init; } = 3;

    /// <summary>Minimum density of mutual high ratings inside a ring.</summary>
    public double MinDensity { get; init; } = 0.1;

    /// <summary>Minimum share of a member's rating weight that goes to the ring.</summary>
    public double MinInsideShare { get; init; } = 0.6;

    /// <summary>Multiplier on the local trust a ring member gives another member (0 removes it).</summary>
    public double RingTrustCap { get; init; }
}
