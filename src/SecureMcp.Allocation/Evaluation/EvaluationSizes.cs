namespace SecureMcp.Allocation.Evaluation;

/// <summary>Population and workload sizes: the full sizes, or reduced ones for quick runs and unit tests.</summary>
internal sealed record EvaluationSizes(int Agents, int WarmUpTasks, int Tasks, int WhitewashWindow, int CrashTasks, int SpotCheckTasks)
{
    public static EvaluationSizes Full { get; } = new(100, 500, 10_000, 3_000, 5_000, 10_000);

    public static EvaluationSizes Quick { get; } = new(100, 500, 2_500, 1_500, 1_500, 5_000);

    /// <summary>Tasks submitted per simulated second (mean duration 1 s, so about this many in flight).</summary>
    public double ArrivalRate { get; init; } = 30;
}
