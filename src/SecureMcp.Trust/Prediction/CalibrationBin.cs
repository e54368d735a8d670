namespace SecureMcp.Trust.Prediction;

/// <summary>One bin of a reliability diagram.</summary>
/// <param name="MeanPredicted">Mean predicted probability in the bin.</param>
/// <param name="ObservedRate">Share of successes in the bin.</param>
/// <param name="Count">Predictions in the bin.</param>
public sealed record CalibrationBin(double MeanPredicted, double ObservedRate, long Count);
