namespace SecureMcp.Trust.Config;

/// <summary>Parameters of direct (first-hand) trust.</summary>
public sealed record DirectTrustOptions
{
    /// <summary>Forgetting factor λ applied to old evidence at each new observation of success, validity and timeliness.</summary>
    public double ForgettingFactor { get; init; } = 0.9;

    /// <summary>Forgetting factor λ for security conduct; closer to 1 so violations are remembered longer.</summary>
    public double SecurityForgettingFactor { get; init; } = 0.99;

    /// <summary>How many negative observations one security violation counts as.</summary>
    public double ViolationWeight { get; init; } = 5.0;

    /// <summary>Base rate a: the score of a newcomer with no evidence.</summary>
    public double BaseRate { get; init; } = 0.5;

    /// <summary>Non-informative prior weight W of the evidence-to-opinion mapping.</summary>
    public double PriorWeight { get; init; } = 2.0;

    /// <summary>Weights of the dimensions in the combined score.</summary>
    public DimensionWeights Weights { get; init; } = new();

    /// <summary>Score-history points kept in memory per (subject, capability).</summary>
    public int HistoryCapacity { get; init; } = 256;
}
