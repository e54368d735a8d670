namespace SecureMcp.Allocation.Config;

/// <summary>How eligible agents are scored and drawn.</summary>
public sealed record SelectionOptions
{
    /// <summary>Weight of trust for the task's capabilities (TrustEngine combined score, weakest capability).</summary>
    public double TrustWeight { get; init; } = 1.0;

    /// <summary>Weight of the trust engine's predicted success.</summary>
    public double SuccessWeight { get; init; } = 1.0;

    /// <summary>Weight of the load penalty (in-flight tasks ÷ concurrency cap).</summary>
    public double LoadWeight { get; init; } = 0.5;

    /// <summary>Softmax temperature: lower concentrates work on the best agents, higher spreads it.</summary>
    public double Temperature { get; init; } = 0.2;

    /// <summary>Share of decisions spent on exploration of the probation pool (newcomers and agents below standing).</summary>
    public double ExplorationShare { get; init; } = 0.02;

    /// <summary>An agent with fewer recorded outcomes than this, over all its capabilities, is a newcomer.</summary>
    public int NewcomerObservations { get; init; } = 5;

    /// <summary>Trust credited to a newcomer in scoring ("pay your dues"), so a new identity never outranks known agents.</summary>
    public double NewcomerTrustCap { get; init; } = 0.2;

    /// <summary>Relative exploration weight of a newcomer against an agent below standing (≤ 1 so whitewashing never pays).</summary>
    public double NewcomerExplorationWeight { get; init; } = 0.25;

    /// <summary>Trust at or above which an agent has standing and leaves the probation pool.</summary>
    public double EstablishedTrust { get; init; } = 0.6;

    /// <summary>At most this many eligible agents are scored per decision (a uniform sample beyond it); 0 scores all.</summary>
    public int MaxScoredCandidates { get; init; } = 64;

    /// <summary>How long a cached trust score is reused when no outcome was recorded through the scheduler.</summary>
    public double ScoreCacheSeconds { get; init; } = 5;

    /// <summary>How long an agent status (quarantine, sybil suspicion) is cached.</summary>
    public double StatusCacheSeconds { get; init; } = 5;

    /// <summary>The selection policy; the random and round-robin policies exist as evaluation baselines.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    internal SelectionMode Mode { get; init; } = SelectionMode.TrustAware;
}
