namespace SecureMcp.Allocation.Config;

/// <summary>Every parameter of the scheduler; loaded from <c>config/allocation.yaml</c> and validated at start.</summary>
public sealed record AllocationOptions
{
    /// <summary>Scoring, probabilistic pick and exploration.</summary>
    public SelectionOptions Selection { get; init; } = new();

    /// <summary>Load balancing.</summary>
    public BalancingOptions Balancing { get; init; } = new();

    /// <summary>Timeouts, retries and circuit breakers.</summary>
    public FaultOptions Faults { get; init; } = new();

    /// <summary>Verification by redundancy.</summary>
    public VerificationOptions Verification { get; init; } = new();

    /// <summary>Explanations kept for <c>tasks explain</c>.</summary>
    public ExplainOptions Explain { get; init; } = new();

    /// <summary>Seed of the scheduler's random draws, so decisions are reproducible.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Returns one message per invalid key, each naming the key; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => AllocationOptionsValidator.Validate(this);

    /// <summary>Throws <see cref="AllocationConfigurationException"/> listing every invalid key.</summary>
    public AllocationOptions EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new AllocationConfigurationException(errors);
    }
}
