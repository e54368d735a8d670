namespace SecureMcp.Allocation.Explain;

/// <summary>Why a task went to an agent (or to none): eligible agents with scores, excluded agents with reasons, the draw.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Attempt">Attempt number (1-based).</param>
/// <param name="Replica">0 for the first execution, ≥ 1 for a verifying replica.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Policy">trust-aware, exploration, verifier, random or round-robin.</param>
/// <param name="ChosenAgent">The agent chosen, or null.</param>
/// <param name="Outcome">assigned, queued or no-eligible-agent, with the reason.</param>
/// <param name="PoolSize">Agents holding the task's capabilities.</param>
/// <param name="ScannedCount">Agents of the pool checked, in random order; the scan stops once <c>selection.max_scored_candidates</c>
/// eligible agents are found, so with a large pool the eligible ones scored are a uniform sample.</param>
/// <param name="EligibleCount">Eligible agents found (all scored).</param>
/// <param name="Candidates">The highest-probability scored candidates, the drawn ones always included.</param>
/// <param name="ExcludedCounts">Excluded agents per reason: every agent lacking a capability, and the others among those scanned.</param>
/// <param name="Excluded">Excluded agents by name (capped; see <see cref="ExcludedCounts"/> for all).</param>
/// <param name="Draw">The random draw.</param>
public sealed record AllocationExplanation(
    string TaskId,
    int Attempt,
    int Replica,
    DateTimeOffset DecidedAt,
    string Policy,
    string? ChosenAgent,
    string Outcome,
    int PoolSize,
    int ScannedCount,
    int EligibleCount,
    IReadOnlyList<CandidateScore> Candidates,
    IReadOnlyDictionary<ExclusionReason, int> ExcludedCounts,
    IReadOnlyList<ExcludedAgent> Excluded,
    RandomDraw? Draw);
