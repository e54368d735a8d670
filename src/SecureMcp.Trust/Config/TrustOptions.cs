namespace SecureMcp.Trust.Config;

/// <summary>Every parameter of the trust engine; loaded from <c>config/trust.yaml</c> and validated at start.</summary>
public sealed record TrustOptions
{
    /// <summary>Direct trust: λ, weights, base rate.</summary>
    public DirectTrustOptions Direct { get; init; } = new();

    /// <summary>Witness reputation.</summary>
    public WitnessOptions Witness { get; init; } = new();

    /// <summary>EigenTrust propagation: a, ε, seeds.</summary>
    [YamlDotNet.Serialization.YamlMember(Alias = "eigentrust")]
    public EigenTrustOptions EigenTrust { get; init; } = new();

    /// <summary>Sybil detection.</summary>
    public SybilOptions Sybil { get; init; } = new();

    /// <summary>Collusion detection.</summary>
    public CollusionOptions Collusion { get; init; } = new();

    /// <summary>Success prediction.</summary>
    public PredictionOptions Prediction { get; init; } = new();

    /// <summary>Returns one message per invalid key, each naming the key; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => TrustOptionsValidator.Validate(this);

    /// <summary>Throws <see cref="TrustConfigurationException"/> listing every invalid key.</summary>
    public TrustOptions EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new TrustConfigurationException(errors);
    }
}
