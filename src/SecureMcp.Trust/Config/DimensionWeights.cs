using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Config;

/// <summary>Weights of the trust dimensions in the combined score. They need not sum to one; the score normalises them.</summary>
public sealed record DimensionWeights
{
    /// <summary>Weight of task success.</summary>
    public double TaskSuccess { get; init; } = 0.4;

    /// <summary>Weight of result validity.</summary>
    public double ResultValidity { get; init; } = 0.25;

    /// <summary>Weight of timeliness.</summary>
    public double Timeliness { get; init; } = 0.15;

    /// <summary>Weight of security conduct.</summary>
    public double SecurityConduct { get; init; } = 0.2;

    /// <summary>The weight of one dimension.</summary>
    public double Of(TrustDimension dimension) => dimension switch
    {
        TrustDimension.TaskSuccess => TaskSuccess,
        TrustDimension.ResultValidity => ResultValidity,
        TrustDimension.Timeliness => Timeliness,
        TrustDimension.SecurityConduct => SecurityConduct,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown trust dimension."),
    };
}
