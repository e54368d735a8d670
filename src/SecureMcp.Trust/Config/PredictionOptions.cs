namespace SecureMcp.Trust.Config;

/// <summary>Parameters of the online success predictor.</summary>
public sealed record PredictionOptions
{
    /// <summary>Step size of stochastic gradient descent.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>L2 regularisation strength.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>Number of equal-width bins of the calibration report.</summary>
    public int CalibrationBins { get; init; } = 10;
}
