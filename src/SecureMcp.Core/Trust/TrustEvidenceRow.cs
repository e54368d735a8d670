namespace SecureMcp.Core.Trust;

/// <summary>Persisted Beta evidence of one (subject, capability, dimension).</summary>
/// <param name="Subject">The agent or upstream server.</param>
/// <param name="Capability">The capability.</param>
/// <param name="Dimension">The dimension name (<c>TaskSuccess</c>, <c>ResultValidity</c>, <c>Timeliness</c>, <c>SecurityConduct</c>).</param>
/// <param name="Positive">Positive evidence r after forgetting.</param>
/// <param name="Negative">Negative evidence s after forgetting.</param>
/// <param name="Observations">Outcomes recorded for the (subject, capability).</param>
/// <param name="UpdatedAt">When the evidence last changed.</param>
public sealed record TrustEvidenceRow(
    string Subject, string Capability, string Dimension, double Positive, double Negative, long Observations, DateTimeOffset UpdatedAt);
