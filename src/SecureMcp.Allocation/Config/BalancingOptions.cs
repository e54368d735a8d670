namespace SecureMcp.Allocation.Config;

/// <summary>Load balancing.</summary>
public sealed record BalancingOptions
{
    /// <summary>Candidates drawn per decision before the least loaded is taken (2 = power of two choices).</summary>
    public int Choices { get; init; } = 2;

    /// <summary>Concurrency cap of an agent whose descriptor does not set one.</summary>
    public int DefaultConcurrency { get; init; } = 4;

    /// <summary>Pending tasks tried per dispatch round (after a completion or a sweep).</summary>
    public int MaxDispatchPerRound { get; init; } = 256;
}
