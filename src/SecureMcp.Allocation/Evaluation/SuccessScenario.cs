using System.Globalization;
using SecureMcp.Allocation.Config;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>100 agents, 30% malicious, warm-up then measured tasks: first-attempt success, against random and round-robin.</summary>
internal static class SuccessScenario
{
    public const double Target = 0.95;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        var trustAware = await MeasureAsync(SelectionMode.TrustAware, sizes, seed, ct);
        var random = await MeasureAsync(SelectionMode.Random, sizes, seed, ct);
        var roundRobin = await MeasureAsync(SelectionMode.RoundRobin, sizes, seed, ct);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{sizes.Agents} agents, 30% malicious, {sizes.WarmUpTasks} warm-up + {sizes.Tasks} tasks; success after retries {trustAware.Final:0.0000}");
        return
        [
            new ScenarioResult("task success, trust-aware (first attempt)", trustAware.First, "≥ 0.95", trustAware.First >= Target, detail),
            new ScenarioResult("task success, random baseline", random.First, "report", true, $"after retries {random.Final:0.0000}"),
            new ScenarioResult("task success, round-robin baseline", roundRobin.First, "report", true, $"after retries {roundRobin.Final:0.0000}"),
        ];
    }

    public static async Task<(double First, double Final)> MeasureAsync(SelectionMode mode, EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        var options = Simulation.ScenarioOptions with { Selection = new SelectionOptions { Mode = mode } };
        using var sim = new Simulation(options, seed);
        Population.AddMixed(sim, sizes.Agents, 0.3);
        await Population.RunTasksAsync(sim, "warm-", sizes.WarmUpTasks, sizes.ArrivalRate, measured: false, ct);
        await Population.RunTasksAsync(sim, "task-", sizes.Tasks, sizes.ArrivalRate, measured: true, ct);
        await sim.DrainAsync(ct);
        var measured = sim.Tasks.Values.Where(t => t.Measured).ToList();
        var first = measured.Count(t => t.FirstAttemptSucceeded == true) / (double)measured.Count;
        var final = measured.Count(t => t.Digest?.StartsWith("ok:", StringComparison.Ordinal) == true) / (double)measured.Count;
        return (first, final);
    }
}
