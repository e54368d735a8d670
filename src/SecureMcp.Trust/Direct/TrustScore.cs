namespace SecureMcp.Trust.Direct;

/// <summary>A subject's trust for one capability, as served to the scheduler and policy engine.</summary>
/// <param name="Subject">The agent or upstream server.</param>
/// <param name="Capability">The capability.</param>
/// <param name="Combined">Weighted combination of the dimension expectations, in [0, 1].</param>
/// <param name="Opinion">Subjective-logic opinion of the weighted evidence; high uncertainty means little evidence.</param>
/// <param name="Dimensions">Expected value per dimension (base rate where not observed).</param>
/// <param name="Observations">Number of outcomes recorded.</param>
public sealed record TrustScore(
    string Subject,
    string Capability,
    double Combined,
    Opinion Opinion,
    IReadOnlyDictionary<TrustDimension, double> Dimensions,
    long Observations);
