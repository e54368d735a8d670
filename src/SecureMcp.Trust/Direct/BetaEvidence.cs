namespace SecureMcp.Trust.Direct;

/// <summary>Beta evidence: <see cref="Positive"/> (r) and <see cref="Negative"/> (s) observations, possibly fractional after forgetting.</summary>
/// <param name="Positive">The weight of positive observations, r.</param>
/// <param name="Negative">The weight of negative observations, s.</param>
public readonly record struct BetaEvidence(double Positive, double Negative)
{
    /// <summary>No evidence at all.</summary>
    public static BetaEvidence None => default;

    /// <summary>The total evidence weight r + s.</summary>
    public double Total => Positive + Negative;

    /// <summary>The expected value of Beta(r+1, s+1): (r+1)/(r+s+2).</summary>
    public double Expected => (Positive + 1.0) / (Positive + Negative + 2.0);

    /// <summary>Ages the evidence by <paramref name="lambda"/> and then adds one observation.</summary>
    /// <param name="lambda">Forgetting factor in (0, 1]; 1 means never forget.</param>
    /// <param name="positive">Weight added to r.</param>
    /// <param name="negative">Weight added to s.</param>
    public BetaEvidence Observe(double lambda, double positive, double negative) =>
        new((Positive * lambda) + positive, (Negative * lambda) + negative);

    /// <summary>Adds two bodies of evidence, which is cumulative fusion in evidence space.</summary>
    public BetaEvidence Add(BetaEvidence other) => new(Positive + other.Positive, Negative + other.Negative);
}
