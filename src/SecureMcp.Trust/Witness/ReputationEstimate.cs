using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Witness;

/// <summary>Direct trust fused with credibility-discounted, filtered witness reports.</summary>
/// <param name="Opinion">The fused opinion.</param>
/// <param name="WitnessesUsed">Witnesses whose reports entered the fusion.</param>
/// <param name="WitnessesRejected">Witnesses dropped for low credibility or by the quantile filter.</param>
public sealed record ReputationEstimate(Opinion Opinion, IReadOnlyList<string> WitnessesUsed, IReadOnlyList<string> WitnessesRejected)
{
    /// <summary>The projected probability of the fused opinion.</summary>
    public double Expected => Opinion.Expected;
}
