using System.CommandLine;
using SecureMcp.Cli.Bench;
using Spectre.Console;

namespace SecureMcp.Cli.Commands;

/// <summary>
/// <c>securemcp bench agents</c>: N agents hosted in this process, each with its own key and MCP session, all connected at
/// once and running a two-call plan through the gateway; reports calls/s, latency, errors and memory (issue #7).
/// </summary>
internal static class BenchAgentsCommand
{
    /// <summary>The default revision: the newest with sessions, so the gateway holds one per agent.</summary>
    private const string SessionProtocol = "2025-11-25";

    public static Command Create()
    {
        var agents = new Option<int>("--agents") { Description = "Concurrently connected agents", DefaultValueFactory = _ => 200 };
        var seconds = new Option<double>("--seconds") { Description = "Measured seconds", DefaultValueFactory = _ => 10 };
        // A fresh gateway needs some 30 s of load on a 2-core machine before its JIT tiering settles; measured earlier,
        // its cost per call is up to three times higher.
        var warmup = new Option<double>("--warmup") { Description = "Seconds all agents run before measurement (the fresh gateway's JIT settles)", DefaultValueFactory = _ => 30 };
        var protocol = new Option<string>("--protocol")
        {
            Description = $"The agents' protocol revision ({SessionProtocol}: a session per agent; 2026-07-28: stateless; negotiated: the SDK's choice)",
            DefaultValueFactory = _ => SessionProtocol,
        };
        var parallel = new Option<int>("--connect-parallelism") { Description = "Agents connecting at the same time while the fleet comes up", DefaultValueFactory = _ => 16 };
        var command = new Command("agents", "Run many concurrently connected agents through the gateway and report throughput, latency and memory")
        {
            agents, seconds, warmup, protocol, parallel,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new AgentBenchSettings(parse.GetValue(agents), TimeSpan.FromSeconds(parse.GetValue(seconds)),
                TimeSpan.FromSeconds(parse.GetValue(warmup)), parse.GetValue(protocol) is "negotiated" ? null : parse.GetValue(protocol), parse.GetValue(parallel));
            return await RunAsync(settings, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(AgentBenchSettings settings, CancellationToken ct)
    {
        if (settings.Agents < 1 || settings.Duration <= TimeSpan.Zero || settings.Warmup < TimeSpan.Zero || settings.ConnectParallelism < 1)
        {
            await Console.Error.WriteLineAsync("securemcp bench agents: --agents and --connect-parallelism must be at least 1, --seconds positive, --warmup not negative");
            return 2;
        }

        var console = BenchConsole.Create();
        console.MarkupLine(Markup.Escape($"bench agents: {settings.Agents} agents, {settings.Duration.TotalSeconds:0.#} s measured (+{settings.Warmup.TotalSeconds:0.#} s warm-up), protocol {settings.ProtocolVersion ?? "negotiated"}"));
        var outcome = await AgentScaleBench.RunAsync(settings, line => Console.Error.WriteLine("bench agents: " + line), ct);
        AgentScaleTable.Write(console, settings, outcome);
        return outcome.Passed ? 0 : 1;
    }
}
