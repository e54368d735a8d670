using Spectre.Console;

namespace SecureMcp.Cli.Bench;

/// <summary>Prints the results of <c>securemcp bench auth</c>, every cost relative to the API-key mode of the same run.</summary>
internal static class AuthModeTable
{
    public static void Write(IAnsiConsole console, AuthBenchSettings settings, AuthBenchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(outcome);
        var key = outcome.Results[AuthMode.ApiKey];
        var table = new Table()
            .Title($"authentication modes: {settings.Clients} clients, {settings.Rounds} round(s) of {settings.Duration.TotalSeconds:0.#} s per mode, one HTTPS gateway")
            .AddColumns("mode", "calls/s", "vs key", "p50 µs", "p99 µs", "Δp50 µs", "gw CPU µs/call", "Δgw CPU µs", "client CPU µs/call", "Δclient CPU µs", "HTTP req./call", "TCP conn./call", "errors");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var (mode, r) in outcome.Results)
        {
            var isKey = mode == AuthMode.ApiKey;
            table.AddRow(
                AuthModeNames.Of(mode),
                BenchFormat.Count(r.CallsPerSecond),
                BenchFormat.Ratio(r.CallsPerSecond / key.CallsPerSecond),
                BenchFormat.Micros(r.P50Micros),
                BenchFormat.Micros(r.P99Micros),
                isKey ? "" : BenchFormat.Signed(r.P50Micros - key.P50Micros),
                BenchFormat.Micros(r.GatewayCpuMicrosPerCall),
                isKey ? "" : BenchFormat.Signed(r.GatewayCpuMicrosPerCall - key.GatewayCpuMicrosPerCall),
                BenchFormat.Micros(r.ClientCpuMicrosPerCall),
                isKey ? "" : BenchFormat.Signed(r.ClientCpuMicrosPerCall - key.ClientCpuMicrosPerCall),
                BenchFormat.Fraction(r.RequestsPerCall),
                BenchFormat.Fraction(r.ConnectionsPerCall),
                r.Errors == 0 ? "0" : $"[red]{r.Errors}[/]");
        }

        console.Write(table);
        console.MarkupLine("Δ columns: added per call relative to the API key, same run. CPU is the gateway process's and this process's (the clients') CPU time over the measured phases, divided by successful calls.");
        console.MarkupLine($"gateway resident memory after the run: {BenchFormat.Mebibytes(outcome.GatewayResidentBytes)}");
        console.MarkupLine(outcome.Audit.IsIntact
            ? $"audit chain: intact, {outcome.Audit.RecordsChecked:#,0} records"
            : $"[red]audit chain: BROKEN at record {outcome.Audit.FirstBrokenSequence}[/]: {Markup.Escape(outcome.Audit.Problem ?? "")}");
        if (outcome.Results[AuthMode.MtlsPerCall].ConnectionsPerCall < 0.9)
        {
            console.MarkupLine("[yellow]warning: the per-call mTLS mode reused connections; its figures do not price a full handshake[/]");
        }
    }
}
