namespace SecureMcp.Trust.Evaluation;

/// <summary>A named series of (step, value) points for the trust-over-time plot.</summary>
internal sealed record TimeSeries(string Name, IReadOnlyList<double> Values);
