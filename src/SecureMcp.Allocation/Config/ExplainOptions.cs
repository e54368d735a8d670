namespace SecureMcp.Allocation.Config;

/// <summary>How much of each decision is kept for <c>tasks explain</c>.</summary>
public sealed record ExplainOptions
{
    /// <summary>Candidates listed per decision (highest probability first, the drawn ones always included).</summary>
    public int TopCandidates { get; init; } = 10;

    /// <summary>Excluded agents listed by name per decision (all are counted by reason).</summary>
    public int MaxExcludedListed { get; init; } = 50;

    /// <summary>Tasks whose explanations are kept in memory (oldest dropped first; the store keeps them all).</summary>
    public int RetainedTasks { get; init; } = 10_000;

    /// <summary>Whether each assignment's explanation is written, as JSON, into the task store's transition log.</summary>
    public bool Persist { get; init; } = true;
}
