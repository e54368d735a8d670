namespace SecureMcp.Trust.Config;

/// <summary>Parameters of global trust propagation (EigenTrust).</summary>
public sealed record EigenTrustOptions
{
    /// <summary>Damping factor a: the weight given to the pre-trusted distribution at each iteration.</summary>
    public double Damping { get; init; } = 0.15;

    /// <summary>Convergence threshold ε on the L1 norm of the change between iterations.</summary>
    public double Epsilon { get; init; } = 1e-6;

    /// <summary>Upper bound on power iterations.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Identities trusted a priori (seeds). Empty means a uniform prior over all peers.</summary>
    public IReadOnlyList<string> PreTrusted { get; init; } = [];
}
