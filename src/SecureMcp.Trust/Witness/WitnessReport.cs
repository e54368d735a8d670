namespace SecureMcp.Trust.Witness;

/// <summary>A peer's report on a subject: the positive and negative evidence it has seen (peer validation of results).</summary>
/// <param name="Witness">The reporting agent.</param>
/// <param name="Subject">The agent or server reported on.</param>
/// <param name="Capability">The capability the report is about.</param>
/// <param name="Positive">Positive observations r.</param>
/// <param name="Negative">Negative observations s.</param>
public sealed record WitnessReport(string Witness, string Subject, string Capability, double Positive, double Negative);
