using SecureMcp.Trust.Collusion;
using SecureMcp.Trust.Sybil;

namespace SecureMcp.Trust.Engine;

/// <summary>The result of one scheduled global analysis: EigenTrust scores, collusion rings and sybil suspicions.</summary>
/// <param name="ComputedAt">When it was computed.</param>
/// <param name="GlobalTrust">EigenTrust score per identity; the scores sum to one.</param>
/// <param name="Iterations">Power iterations EigenTrust needed.</param>
/// <param name="Converged">Whether EigenTrust reached ε.</param>
/// <param name="Rings">Detected collusion rings (their internal trust is capped).</param>
/// <param name="Suspicions">Sybil suspicions at or above the configured threshold, most suspicious first.</param>
public sealed record GlobalTrustSnapshot(
    DateTimeOffset ComputedAt,
    IReadOnlyDictionary<string, double> GlobalTrust,
    int Iterations,
    bool Converged,
    IReadOnlyList<CollusionRing> Rings,
    IReadOnlyList<SybilSuspicion> Suspicions);
