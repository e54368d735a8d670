using System.Globalization;
using SecureMcp.Allocation.Config;
using SecureMcp.Core.Tasks;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Verification by redundancy: 35% colluding saboteurs return silently wrong results at rate s.</summary>
/// <remarks>
/// Saboteurs look successful (their results pass the task's own checks); only comparing replicas can catch them. Five of
/// the honest agents are operator-run trusted verifiers, which bootstrap credibility.
/// </remarks>
internal static class SpotCheckScenario
{
    public static readonly double[] SabotageRates = [0.1, 0.5, 1.0];

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        var results = new List<ScenarioResult>();
        foreach (var s in SabotageRates)
        {
            var (error, redundancy, detail) = await MeasureAsync(s, sizes, seed, ct);
            var label = string.Create(CultureInfo.InvariantCulture, $"s = {s:0.0}");
            results.Add(new ScenarioResult($"spot-check 35% saboteurs, {label}: accepted error", error, "≤ 1e-3", error <= 1e-3, detail));
            results.Add(new ScenarioResult($"spot-check 35% saboteurs, {label}: mean redundancy", redundancy, "≤ 2", redundancy <= 2, "executions per task"));
        }

        return results;
    }

    public static async Task<(double Error, double Redundancy, string Detail)> MeasureAsync(double sabotageRate, EvaluationSizes sizes, int seed, CancellationToken ct, Action<string>? log = null)
    {
        var saboteurs = (int)Math.Round(sizes.Agents * 0.35);
        var trusted = Enumerable.Range(0, 5).Select(i => "verifier-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var options = Simulation.ScenarioOptions with { Verification = new VerificationOptions { Enabled = true, TrustedVerifiers = trusted } };
        using var sim = new Simulation(options, seed + 4);
        foreach (var id in trusted)
        {
            sim.AddAgent(new SimAgent(id, ["tool-0", "tool-1", "tool-2", "tool-3"], 1, 0, malicious: false), Population.Concurrency);
        }

        for (var i = trusted.Count; i < sizes.Agents; i++)
        {
            var bad = i - trusted.Count < saboteurs;
            var id = "agent-" + i.ToString("D3", CultureInfo.InvariantCulture);
            sim.AddAgent(new SimAgent(id, Population.Capabilities(sim.Random), 1, bad ? sabotageRate : 0, bad), Population.Concurrency);
        }

        await Population.RunTasksAsync(sim, "task-", sizes.SpotCheckTasks, sizes.ArrivalRate, measured: true, ct);
        await sim.DrainAsync(ct);
        var tasks = sim.Tasks.Values.ToList();
        var accepted = tasks.Where(t => t.State == TaskState.Succeeded).ToList();
        var wrong = accepted.Count(t => t.Digest?.StartsWith("wrong:", StringComparison.Ordinal) == true);
        var error = accepted.Count == 0 ? 1 : wrong / (double)accepted.Count;
        var redundancy = tasks.Sum(t => t.Executions) / (double)tasks.Count;
        if (log is not null)
        {
            foreach (var g in tasks.GroupBy(t => t.Executions).OrderBy(g => g.Key))
            {
                log(string.Create(CultureInfo.InvariantCulture, $"tasks with {g.Key} executions: {g.Count()}"));
            }
        }

        var caught = sim.Agents.Values.Count(a => a.Malicious && sim.Scheduler.VerificationRecord(a.Id).Caught);
        var falselyCaught = sim.Agents.Values.Count(a => !a.Malicious && sim.Scheduler.VerificationRecord(a.Id).Caught);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{tasks.Count} tasks, {accepted.Count} accepted, {wrong} wrong; {caught}/{saboteurs} saboteurs caught, {falselyCaught} honest wrongly caught");
        return (error, redundancy, detail);
    }
}
