using System.Globalization;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Whitewashing: after warm-up every malicious agent either stays or rejoins under a new identity; work gained compared.</summary>
internal static class WhitewashScenario
{
    public static async Task<ScenarioResult> RunAsync(EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        var stay = await WorkAsync(rejoin: false, sizes, seed, ct);
        var whitewash = await WorkAsync(rejoin: true, sizes, seed, ct);
        var ratio = stay == 0 ? (whitewash == 0 ? 1 : double.PositiveInfinity) : whitewash / (double)stay;
        return new ScenarioResult(
            "whitewashing: work as new identity ÷ staying",
            ratio,
            "≤ 1",
            whitewash <= stay,
            string.Create(CultureInfo.InvariantCulture, $"{whitewash} vs {stay} attempts to the malicious cohort over {sizes.WhitewashWindow} tasks"));
    }

    private static async Task<long> WorkAsync(bool rejoin, EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        using var sim = new Simulation(Simulation.ScenarioOptions, seed + 2);
        Population.AddMixed(sim, sizes.Agents, 0.3);
        await Population.RunTasksAsync(sim, "warm-", sizes.WarmUpTasks * 3, sizes.ArrivalRate, measured: false, ct);
        var cohort = sim.Agents.Values.Where(a => a.Malicious).ToList();
        var counted = new List<string>();
        foreach (var agent in cohort)
        {
            if (!rejoin)
            {
                counted.Add(agent.Id);
                continue;
            }

            await sim.KillAsync(agent, detected: true, zombie: false, ct);
            var identity = new SimAgent(agent.Id + "-reborn", agent.Capabilities, agent.Reliability, agent.SabotageRate, malicious: true);
            sim.AddAgent(identity, Population.Concurrency);
            counted.Add(identity.Id);
        }

        var before = counted.Sum(sim.Scheduler.AssignedTo);
        await Population.RunTasksAsync(sim, "task-", sizes.WhitewashWindow, sizes.ArrivalRate, measured: true, ct);
        await sim.DrainAsync(ct);
        return counted.Sum(sim.Scheduler.AssignedTo) - before;
    }
}
