namespace SecureMcp.Trust.Prediction;

/// <summary>How well predicted success probabilities match observed frequencies.</summary>
/// <param name="Samples">Predictions scored.</param>
/// <param name="ExpectedCalibrationError">ECE: Σ_bins (n_b/N)·|mean predicted − observed rate|; 0 is perfect.</param>
/// <param name="BrierScore">Mean squared error of the probabilities; lower is better.</param>
/// <param name="Bins">Per-bin mean prediction, observed rate and count (the reliability diagram).</param>
public sealed record CalibrationReport(long Samples, double ExpectedCalibrationError, double BrierScore, IReadOnlyList<CalibrationBin> Bins);
