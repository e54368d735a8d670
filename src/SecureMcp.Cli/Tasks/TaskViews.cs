using System.Globalization;
using SecureMcp.Allocation.Explain;
using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Tasks;
using Spectre.Console;

namespace SecureMcp.Cli.Tasks;

/// <summary>Terminal views of the task store: the task list, one task's history, and its allocation explanations.</summary>
internal static class TaskViews
{
    public static async Task<int> ListAsync(IAnsiConsole console, SqliteTaskStore store, string? state, CancellationToken ct)
    {
        var records = await store.ListAsync(ct);
        if (state is not null)
        {
            if (!Enum.TryParse<TaskState>(state, ignoreCase: true, out var wanted))
            {
                console.MarkupLine($"[red]unknown state '{Markup.Escape(state)}'[/]; use one of {string.Join(", ", Enum.GetNames<TaskState>())}");
                return 2;
            }

            records = [.. records.Where(r => r.State == wanted)];
        }

        var table = new Table().AddColumns("task", "state", "attempts", "failures", "depends on", "reason");
        foreach (var r in records)
        {
            table.AddRow(Markup.Escape(r.Spec.Id), r.State.ToString(), r.Attempts.ToString(CultureInfo.InvariantCulture), r.Failures.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", r.Spec.DependsOn)), Markup.Escape(r.Reason ?? ""));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count} tasks: ") + string.Join(", ",
            records.GroupBy(r => r.State).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"))));
        return 0;
    }

    public static async Task<int> ShowAsync(IAnsiConsole console, SqliteTaskStore store, string id, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } record)
        {
            return NotFound(console, id);
        }

        var spec = record.Spec;
        console.MarkupLine($"[bold]{Markup.Escape(id)}[/]: {record.State}, {record.Attempts} attempt(s), {record.Failures} failure(s)");
        console.MarkupLine($"needs [{Markup.Escape(string.Join(", ", spec.RequiredCapabilities))}], sensitivity {spec.Sensitivity}" +
            (spec.DependsOn.Count > 0 ? $", depends on {Markup.Escape(string.Join(", ", spec.DependsOn))}" : ""));
        var table = new Table().AddColumns("at (UTC)", "from", "to", "agent", "attempt", "reason");
        foreach (var t in await store.GetTransitionsAsync(id, ct))
        {
            table.AddRow(t.At.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture), t.From?.ToString() ?? "-", t.To.ToString(), Markup.Escape(t.AgentId ?? "-"),
                t.Attempt.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Reason ?? ""));
        }

        console.Write(table);
        return 0;
    }

    public static async Task<int> ExplainAsync(IAnsiConsole console, SqliteTaskStore store, string id, bool json, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is null)
        {
            return NotFound(console, id);
        }

        var transitions = await store.GetTransitionsAsync(id, ct);
        var explanations = ExplanationJson.FromTransitions(transitions);
        if (json)
        {
            console.WriteLine("[" + string.Join(",\n", explanations.Select(ExplanationJson.Serialize)) + "]");
            return 0;
        }

        if (explanations.Count == 0)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(id)} was never assigned[/]; its history:");
            foreach (var t in transitions)
            {
                console.MarkupLine($"  {t.To}: {Markup.Escape(t.Reason ?? "")}");
            }

            return 0;
        }

        foreach (var explanation in explanations)
        {
            ExplanationView.Write(console, explanation);
        }

        var final = transitions[^1];
        console.MarkupLine($"final: [bold]{final.To}[/] {Markup.Escape(final.Reason ?? "")}");
        return 0;
    }

    private static int NotFound(IAnsiConsole console, string id)
    {
        console.MarkupLine($"[red]no task '{Markup.Escape(id)}' in this database[/]");
        return 1;
    }
}
