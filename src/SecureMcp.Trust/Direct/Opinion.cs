namespace SecureMcp.Trust.Direct;

/// <summary>A binomial subjective-logic opinion (Jøsang): belief, disbelief, uncertainty and base rate.</summary>
/// <param name="Belief">Belief mass b.</param>
/// <param name="Disbelief">Disbelief mass d.</param>
/// <param name="Uncertainty">Uncertainty mass u, with b + d + u = 1.</param>
/// <param name="BaseRate">Base rate a, the prior probability used when there is no evidence.</param>
public readonly record struct Opinion(double Belief, double Disbelief, double Uncertainty, double BaseRate)
{
    /// <summary>The non-informative prior weight W of the Beta mapping (2 for a uniform prior).</summary>
    public const double DefaultPriorWeight = 2.0;

    /// <summary>The projected probability E = b + a·u.</summary>
    public double Expected => Belief + (BaseRate * Uncertainty);

    /// <summary>A vacuous opinion: no evidence, everything is uncertainty.</summary>
    public static Opinion Vacuous(double baseRate) => new(0, 0, 1, baseRate);

    /// <summary>Maps Beta evidence to an opinion: b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W).</summary>
    public static Opinion FromEvidence(BetaEvidence evidence, double baseRate = 0.5, double priorWeight = DefaultPriorWeight)
    {
        var total = evidence.Positive + evidence.Negative + priorWeight;
        return new Opinion(evidence.Positive / total, evidence.Negative / total, priorWeight / total, baseRate);
    }

    /// <summary>Maps the opinion back to evidence; infinite for a dogmatic opinion (u = 0).</summary>
    public BetaEvidence ToEvidence(double priorWeight = DefaultPriorWeight) =>
        Uncertainty <= 0
            ? new BetaEvidence(double.PositiveInfinity, double.PositiveInfinity)
            : new BetaEvidence(priorWeight * Belief / Uncertainty, priorWeight * Disbelief / Uncertainty);
}
