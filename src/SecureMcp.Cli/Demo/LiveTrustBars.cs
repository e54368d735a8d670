using System.Globalization;
using Spectre.Console;

namespace SecureMcp.Cli.Demo;

/// <summary>
/// The demo's live view while the workload runs, on a terminal that can redraw: a bar of finished tasks and one bar per
/// agent showing its current trust, so the malicious agent's bar can be seen shrinking as it is caught.
/// </summary>
/// <remarks>
/// Lines printed meanwhile (each allocation) scroll above the bars. When the output is not an interactive ANSI terminal
/// (a pipe, a log file, CI), there are no bars: the allocation lines carry a done counter instead.
/// </remarks>
internal sealed class LiveTrustBars
{
    private readonly ProgressTask _workload;
    private readonly Dictionary<string, ProgressTask> _agents;
    private readonly Lock _lock = new();

    private LiveTrustBars(ProgressContext context, int total, IEnumerable<string> agents)
    {
        _workload = context.AddTask("tasks finished", maxValue: total);
        _agents = agents.ToDictionary(a => a, a => context.AddTask(Describe(a, null), maxValue: 100), StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="console"/> can redraw bars in place.</summary>
    private static bool Supported(IAnsiConsole console) => console.Profile.Capabilities is { Interactive: true, Ansi: true };

    /// <summary>Runs <paramref name="work"/> under the bars when the console supports them, or plainly (with null) when it does not.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, int total, IEnumerable<string> agents, Func<LiveTrustBars?, Task<T>> work)
    {
        if (!Supported(console))
        {
            return await work(null);
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(context => work(new LiveTrustBars(context, total, agents)));
    }

    /// <summary>Moves the task bar to <paramref name="finished"/> and one agent's bar to its trust (0 to 1).</summary>
    public void Update(int finished, string agent, double trust)
    {
        lock (_lock)
        {
            _workload.Value = Math.Max(_workload.Value, finished);
            if (_agents.TryGetValue(agent, out var bar))
            {
                bar.Value = Math.Clamp(trust, 0, 1) * 100;
                bar.Description = Describe(agent, trust);
            }
        }
    }

    private static string Describe(string agent, double? trust) =>
        trust is { } value ? string.Create(CultureInfo.InvariantCulture, $"trust {agent} {value:0.00}") : $"trust {agent}  -  ";
}
