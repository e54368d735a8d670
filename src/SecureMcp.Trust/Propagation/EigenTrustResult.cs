namespace SecureMcp.Trust.Propagation;

/// <summary>The outcome of one EigenTrust run.</summary>
/// <param name="Trust">Global trust per node; sums to one.</param>
/// <param name="Iterations">Power iterations performed.</param>
/// <param name="Residual">L1 norm of the last change.</param>
/// <param name="Converged">Whether the residual reached ε before the iteration limit.</param>
internal sealed record EigenTrustResult(double[] Trust, int Iterations, double Residual, bool Converged);
