using System.Globalization;
using SecureMcp.Core.Tasks;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Crash fault: 20% of agents die halfway. Half are detected (heartbeat), half of those keep sending late results
/// (zombies); the other half are found only by attempt timeouts. Every task must end succeeded or reported failed, once.</summary>
internal static class CrashScenario
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        using var sim = new Simulation(Simulation.ScenarioOptions, seed + 3);
        Population.AddMixed(sim, sizes.Agents, 0.3);
        var victims = sim.Agents.Values.OrderBy(_ => sim.Random.Next()).Take(sizes.Agents / 5).ToList();
        await Population.RunTasksAsync(sim, "task-", sizes.CrashTasks, sizes.ArrivalRate, measured: true, ct, async i =>
        {
            if (i != sizes.CrashTasks / 2)
            {
                return;
            }

            for (var k = 0; k < victims.Count; k++)
            {
                await sim.KillAsync(victims[k], detected: k % 2 == 0, zombie: k % 4 == 0, ct);
            }
        });
        await sim.DrainAsync(ct);
        var tasks = sim.Tasks.Values.ToList();
        var lost = tasks.Count(t => !t.State.IsTerminal());
        var twice = tasks.Count(t => t.SucceededTransitions > 1) + sim.ZombieCompletionsAccepted;
        var succeeded = tasks.Count(t => t.State == TaskState.Succeeded);
        var failed = tasks.Count(t => t.State == TaskState.ReportedFailed);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{tasks.Count} tasks, {victims.Count} agents killed at 50%: {succeeded} succeeded, {failed} reported failed");
        return
        [
            new ScenarioResult("crash 20%: tasks lost", lost, "= 0", lost == 0, detail),
            new ScenarioResult("crash 20%: tasks done twice", twice, "= 0", twice == 0, "duplicate successes + accepted zombie results"),
        ];
    }
}
