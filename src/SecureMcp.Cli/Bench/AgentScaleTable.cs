using Spectre.Console;

namespace SecureMcp.Cli.Bench;

/// <summary>Prints the results of <c>securemcp bench agents</c>.</summary>
internal static class AgentScaleTable
{
    public static void Write(IAnsiConsole console, AgentBenchSettings settings, AgentBenchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(outcome);
        var load = new Table()
            .Title($"{outcome.Connected} concurrent agents, {settings.Duration.TotalSeconds:0.#} s measured, plan data_processor → analyzer")
            .AddColumns("measure", "value");
        load.Columns[1].RightAligned();
        load.AddRow("agents connected", $"{BenchFormat.Count(outcome.Connected)} / {BenchFormat.Count(outcome.Agents)} (in {outcome.ConnectTime.TotalSeconds:0.0} s)");
        load.AddRow("gateway sessions: agents given one", BenchFormat.Count(outcome.AgentSessions));
        load.AddRow("gateway sessions open: all connected / under load", $"{BenchFormat.Count(outcome.GatewaySessionsAtStart)} / {BenchFormat.Count(outcome.GatewaySessionsUnderLoad)} (cap {BenchFormat.Count(outcome.SessionCap)})");
        load.AddRow("protocol", Markup.Escape(outcome.ProtocolVersion));
        load.AddRow("tool calls/s", BenchFormat.Count(outcome.Calls.CallsPerSecond));
        load.AddRow("call latency p50 / p99", $"{BenchFormat.Micros(outcome.Calls.P50Micros)} / {BenchFormat.Micros(outcome.Calls.P99Micros)} µs");
        load.AddRow("CPU per call: gateway / bench process (all agents)",
            $"{BenchFormat.Micros(outcome.Calls.GatewayCpuMicrosPerCall)} / {BenchFormat.Micros(outcome.Calls.ClientCpuMicrosPerCall)} µs");
        load.AddRow("plans/s", BenchFormat.Count(outcome.Plans.CallsPerSecond));
        load.AddRow("plan latency p50 / p99", $"{BenchFormat.Micros(outcome.Plans.P50Micros)} / {BenchFormat.Micros(outcome.Plans.P99Micros)} µs");
        load.AddRow("measured calls per agent: min / max", $"{outcome.MinCallsPerAgent:#,0} / {outcome.MaxCallsPerAgent:#,0}");
        load.AddRow("errors (calls, connections)", outcome.Errors == 0 ? "0" : $"[red]{outcome.Errors}[/]");
        load.AddRow("invalid plans", outcome.InvalidPlans == 0 ? "0" : $"[red]{outcome.InvalidPlans}[/]");
        load.AddRow("audit chain", outcome.Audit.IsIntact ? $"intact, {outcome.Audit.RecordsChecked:#,0} records" : "[red]BROKEN[/]");
        console.Write(load);

        var memory = new Table().Title("memory").AddColumns("moment", "gateway RSS", "bench managed heap", "bench working set");
        foreach (var column in memory.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var point in outcome.Memory)
        {
            memory.AddRow(Markup.Escape(point.Moment), BenchFormat.Mebibytes(point.GatewayResidentBytes),
                BenchFormat.Mebibytes(point.BenchManagedBytes), BenchFormat.Mebibytes(point.BenchWorkingSetBytes));
        }

        console.Write(memory);
        console.MarkupLine($"gateway peak RSS: {BenchFormat.Mebibytes(outcome.GatewayPeakResidentBytes)}");
        if (outcome.Memory[0].GatewayResidentBytes is { } idle && outcome.Memory[1].GatewayResidentBytes is { } connected && outcome.Connected > 0)
        {
            console.MarkupLine($"gateway RSS added per connected agent: {(connected - idle) / 1024.0 / outcome.Connected:0.0} KiB (includes code first run by the connections)");
        }

        foreach (var error in outcome.FirstErrors.Take(5))
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
        }
    }
}
