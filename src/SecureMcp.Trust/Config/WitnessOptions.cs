namespace SecureMcp.Trust.Config;

/// <summary>Parameters of witness (second-hand) reputation.</summary>
public sealed record WitnessOptions
{
    /// <summary>Quantile q of the iterative filter: a witness is dropped when the aggregate lies outside its [q, 1−q] interval.</summary>
    public double FilterQuantile { get; init; } = 0.01;

    /// <summary>Upper bound on iterations of the quantile filter.</summary>
    public int MaxFilterIterations { get; init; } = 20;

    /// <summary>Minimum credibility (expected agreement) a witness needs before its reports count at all.</summary>
    public double MinCredibility { get; init; } = 0.5;
}
