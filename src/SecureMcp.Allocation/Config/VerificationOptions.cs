namespace SecureMcp.Allocation.Config;

/// <summary>Verification by redundancy (credibility-based, after Sarmenta 2002).</summary>
public sealed record VerificationOptions
{
    /// <summary>Whether results are verified by redundancy at all (tasks with a redundancy hint ≥ 2 are always).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Accepted-result error the scheduler aims for; a result is accepted at credibility ≥ 1 − this.</summary>
    public double TargetError { get; init; } = 1e-3;

    /// <summary>Assumed upper bound f on the share of saboteurs, used by the credibility formula.</summary>
    public double AssumedSaboteurShare { get; init; } = 0.35;

    /// <summary>Probability that a result accepted on its own is still re-executed by another agent (spot check).</summary>
    public double SpotCheckRate { get; init; } = 0.05;

    /// <summary>Most executions of one task before it is reported failed as unverifiable.</summary>
    public int MaxReplicas { get; init; } = 5;

    /// <summary>A verifying replica waits for a busy agent at least this credible rather than go to a less credible free one.</summary>
    public double MinVerifierCredibility { get; init; } = 0.95;

    /// <summary>Softmax temperature over credibility when choosing a verifying replica.</summary>
    public double VerifierTemperature { get; init; } = 0.02;

    /// <summary>Operator-run agents whose results are trusted (credibility 1 − 1e-6), the bootstrap of verification.</summary>
    public IReadOnlyList<string> TrustedVerifiers { get; init; } = [];
}
