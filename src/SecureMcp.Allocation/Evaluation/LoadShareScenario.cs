using System.Globalization;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Load share: 5 honest newcomers join a quarter into the run; their share and the busiest honest agent's share.</summary>
internal static class LoadShareScenario
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        using var sim = new Simulation(Simulation.ScenarioOptions, seed + 1);
        Population.AddMixed(sim, sizes.Agents, 0.3);
        await Population.RunTasksAsync(sim, "warm-", sizes.WarmUpTasks, sizes.ArrivalRate, measured: false, ct);
        var before = sim.Agents.Keys.ToDictionary(id => id, sim.Scheduler.AssignedTo, StringComparer.Ordinal);
        var newcomers = new List<SimAgent>();
        await Population.RunTasksAsync(sim, "task-", sizes.Tasks, sizes.ArrivalRate, measured: true, ct, i =>
        {
            if (i == sizes.Tasks / 4)
            {
                for (var k = 0; k < 5; k++)
                {
                    var agent = Population.Agent(sim.Random, "newcomer-" + k.ToString(CultureInfo.InvariantCulture), malicious: false);
                    newcomers.Add(agent);
                    sim.AddAgent(agent, Population.Concurrency);
                }
            }

            return Task.CompletedTask;
        });
        await sim.DrainAsync(ct);
        var assigned = sim.Agents.Keys.ToDictionary(id => id, id => sim.Scheduler.AssignedTo(id) - before.GetValueOrDefault(id), StringComparer.Ordinal);
        double total = assigned.Values.Sum();
        var newcomerShare = newcomers.Sum(a => assigned[a.Id]) / total;
        var honest = sim.Agents.Values.Where(a => !a.Malicious).ToList();
        var busiest = honest.MaxBy(a => assigned[a.Id])!;
        var busiestShare = assigned[busiest.Id] / total;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{total} attempts in the measured phase; 5 honest newcomers from 25% of it");
        return
        [
            new ScenarioResult("load share: newcomers", newcomerShare, "≤ 0.10", newcomerShare <= 0.10, detail),
            new ScenarioResult("load share: busiest honest agent", busiestShare, "≤ 0.05", busiestShare <= 0.05,
                string.Create(CultureInfo.InvariantCulture, $"{busiest.Id}; fair share 1/{honest.Count} = {1.0 / honest.Count:0.0000}")),
        ];
    }
}
