namespace SecureMcp.Trust.Evaluation;

/// <summary>Options of <c>securemcp eval trust</c>.</summary>
public sealed record TrustEvaluationOptions
{
    /// <summary>Where the CSV and SVG are written (created if absent).</summary>
    public string OutputDirectory { get; init; } = Path.Combine("artifacts", "eval", "trust");

    /// <summary>Run reduced population sizes (seconds) instead of the full sizes.</summary>
    public bool Quick { get; init; }

    /// <summary>Seed of every simulation, so runs are reproducible.</summary>
    public int Seed { get; init; } = 42;
}
