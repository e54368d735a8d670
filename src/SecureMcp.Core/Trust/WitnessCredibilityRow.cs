namespace SecureMcp.Core.Trust;

/// <summary>Persisted credibility of a witness: agreement (positive) and disagreement (negative) with our own observations.</summary>
/// <param name="Witness">The witness agent.</param>
/// <param name="Agreement">Accumulated agreement weight.</param>
/// <param name="Disagreement">Accumulated disagreement weight.</param>
public sealed record WitnessCredibilityRow(string Witness, double Agreement, double Disagreement);
