namespace SecureMcp.Trust.Config;

/// <summary>Parameters of sybil detection.</summary>
public sealed record SybilOptions
{
    /// <summary>SybilRank power iterations; 0 means ⌈log2 n⌉.</summary>
    public int Iterations { get; init; }

    /// <summary>Width of the window in which registrations count as one burst, in seconds.</summary>
    public double RegistrationBurstWindowSeconds { get; init; } = 60;

    /// <summary>Registrations inside one window that make a burst.</summary>
    public int RegistrationBurstSize { get; init; } = 5;

    /// <summary>Identities sharing a source address, key or certificate subject pattern above which the share is suspicious.</summary>
    public int SharedAttributeThreshold { get; init; } = 3;

    /// <summary>Jaccard similarity of activity time buckets above which two identities act in lockstep.</summary>
    public double LockstepSimilarity { get; init; } = 0.8;

    /// <summary>Activity bucket width for lockstep detection, in seconds.</summary>
    public double LockstepBucketSeconds { get; init; } = 1;

    /// <summary>Suspicion at or above which an identity is reported as a likely sybil.</summary>
    public double SuspicionThreshold { get; init; } = 0.5;
}
