namespace SecureMcp.Allocation.Evaluation;

/// <summary>Options of <c>securemcp eval allocation</c>.</summary>
public sealed record AllocationEvaluationOptions
{
    /// <summary>Where the CSV is written (created if absent).</summary>
    public string OutputDirectory { get; init; } = Path.Combine("artifacts", "eval", "allocation");

    /// <summary>Run reduced workload sizes (seconds) instead of the full sizes.</summary>
    public bool Quick { get; init; }

    /// <summary>Seed of every simulation, so runs are reproducible.</summary>
    public int Seed { get; init; } = 42;
}
