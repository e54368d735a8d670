using System.Globalization;
using SecureMcp.Allocation.Explain;
using Spectre.Console;

namespace SecureMcp.Cli.Tasks;

/// <summary>Renders one allocation decision: who was eligible with which scores, who was excluded and why, and the draw.</summary>
internal static class ExplanationView
{
    public static void Write(IAnsiConsole console, AllocationExplanation e)
    {
        var replica = e.Replica == 0 ? "" : $", verification replica {e.Replica}";
        console.Write(new Rule(string.Create(CultureInfo.InvariantCulture,
            $"attempt {e.Attempt}{replica} at {e.DecidedAt:HH:mm:ss.fff}: {Markup.Escape(e.Outcome)}")).LeftJustified());
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"policy [bold]{Markup.Escape(e.Policy)}[/], chosen [bold]{Markup.Escape(e.ChosenAgent ?? "none")}[/]; {e.PoolSize} agents hold the capabilities, {e.ScannedCount} scanned, {e.EligibleCount} eligible"));
        var candidates = new Table().AddColumns("agent", "trust", "p(success)", "cred.", "load", "score", "p(pick)", "");
        foreach (var c in e.Candidates)
        {
            var mark = c.AgentId == e.ChosenAgent ? "[green]chosen[/]" : c.Newcomer ? "newcomer" : "";
            candidates.AddRow(Markup.Escape(c.AgentId), F(c.Trust), F(c.PredictedSuccess), F(c.Credibility),
                string.Create(CultureInfo.InvariantCulture, $"{c.Load}/{c.Capacity}"), F(c.Score), F(c.Probability), mark);
        }

        console.Write(candidates);
        if (e.ExcludedCounts.Any(x => x.Value > 0))
        {
            console.MarkupLine("excluded: " + Markup.Escape(string.Join(", ", e.ExcludedCounts.Where(x => x.Value > 0).Select(x => $"{x.Key} ×{x.Value}"))));
            foreach (var x in e.Excluded)
            {
                console.MarkupLine($"  {Markup.Escape(x.AgentId)}: {x.Reason}{(x.Detail is null ? "" : " (" + Markup.Escape(x.Detail) + ")")}");
            }
        }

        if (e.Draw is { } draw)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"draw: exploration roll {draw.ExplorationRoll:0.000}, uniforms [[{string.Join(", ", draw.Draws.Select(F))}]] picked [[{Markup.Escape(string.Join(", ", draw.DrawnAgents))}]], {Markup.Escape(draw.Rule)}"));
        }
    }

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
