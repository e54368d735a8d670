using System.CommandLine;
using SecureMcp.Cli.Bench;
using Spectre.Console;

namespace SecureMcp.Cli.Commands;

/// <summary>
/// <c>securemcp bench auth</c>: the same workload through one HTTPS gateway with an API key, a reused token, mTLS on reused
/// connections and mTLS with a new connection per call, alternating, to price each authentication mode (issue #3).
/// </summary>
internal static class BenchAuthCommand
{
    public static Command Create()
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent clients (K)", DefaultValueFactory = _ => 8 };
        var seconds = new Option<double>("--seconds") { Description = "Measured seconds per mode and round", DefaultValueFactory = _ => 5 };
        var warmup = new Option<double>("--warmup") { Description = "Warm-up seconds per mode and round", DefaultValueFactory = _ => 2 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds; each runs every mode once, and over 4 rounds every mode follows every other once", DefaultValueFactory = _ => 4 };
        var protocol = new Option<string?>("--protocol") { Description = "Pin the client protocol revision (default: SDK negotiation, 2026-07-28)" };
        var command = new Command("auth", "Price each authentication mode (API key, token, mTLS, mTLS with a handshake per call) in one run")
        {
            clients, seconds, warmup, rounds, protocol,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new AuthBenchSettings(parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(seconds)),
                TimeSpan.FromSeconds(parse.GetValue(warmup)), parse.GetValue(rounds), parse.GetValue(protocol));
            return await RunAsync(settings, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(AuthBenchSettings settings, CancellationToken ct)
    {
        if (settings.Clients < 1 || settings.Duration <= TimeSpan.Zero || settings.Rounds < 1 || settings.Warmup < TimeSpan.Zero)
        {
            await Console.Error.WriteLineAsync("securemcp bench auth: --clients and --rounds must be at least 1, --seconds positive, --warmup not negative");
            return 2;
        }

        var console = BenchConsole.Create();
        console.MarkupLine(Markup.Escape($"bench auth: {settings.Clients} clients, {settings.Rounds} round(s) x 4 modes x {settings.Duration.TotalSeconds:0.#} s " +
            $"(+{settings.Warmup.TotalSeconds:0.#} s warm-up), tool {CheapCall.GatewayTool}, protocol {settings.ProtocolVersion ?? "negotiated"}"));
        var outcome = await AuthModeBench.RunAsync(settings, line => Console.Error.WriteLine("bench auth: " + line), ct);
        AuthModeTable.Write(console, settings, outcome);
        return outcome.Passed ? 0 : 1;
    }
}
