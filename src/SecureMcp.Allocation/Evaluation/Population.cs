using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Builds simulated agents and tasks over four tools; each agent holds three of them.</summary>
internal static class Population
{
    public const int Concurrency = 4;
    private static readonly string[] Tools = ["tool-0", "tool-1", "tool-2", "tool-3"];

    /// <summary>Honest agents fail visibly 0–3% of the time; malicious ones 70% (wrong results caught by the task checks).</summary>
    public static void AddMixed(Simulation sim, int count, double maliciousShare, string prefix = "agent-")
    {
        var malicious = (int)Math.Round(count * maliciousShare);
        var order = Enumerable.Range(0, count).OrderBy(_ => sim.Random.Next()).ToArray();
        for (var i = 0; i < count; i++)
        {
            var bad = order[i] < malicious;
            sim.AddAgent(Agent(sim.Random, prefix + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), bad), Concurrency);
        }
    }

    public static SimAgent Agent(Random random, string id, bool malicious, double sabotageRate = 0) =>
        new(id, Capabilities(random), malicious ? 0.3 : 0.97 + (0.03 * random.NextDouble()), sabotageRate, malicious);

    public static IReadOnlyList<string> Capabilities(Random random)
    {
        var dropped = random.Next(Tools.Length);
        return [.. Tools.Where((_, i) => i != dropped)];
    }

    public static TaskSpec Task(Random random, string id) => new()
    {
        Id = id,
        RequiredCapabilities = [Tools[random.Next(Tools.Length)]],
        Sensitivity = (SensitivityLevel)random.Next(3),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        RetryBudget = 3,
    };

    /// <summary>Submits <paramref name="count"/> tasks at the given rate, processing events between arrivals.</summary>
    public static async Task RunTasksAsync(Simulation sim, string prefix, int count, double rate, bool measured, CancellationToken ct, Func<int, Task>? before = null)
    {
        var gap = TimeSpan.FromSeconds(1 / rate);
        for (var i = 0; i < count; i++)
        {
            if (before is not null)
            {
                await before(i);
            }

            await sim.AdvanceAsync(sim.Clock.GetUtcNow() + gap, ct);
            await sim.SubmitAsync(Task(sim.Random, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), measured, ct);
        }
    }
}
