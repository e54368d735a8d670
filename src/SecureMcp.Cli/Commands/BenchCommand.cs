using System.CommandLine;
using System.Globalization;
using SecureMcp.Cli.Bench;
using SecureMcp.Cli.Infrastructure;

namespace SecureMcp.Cli.Commands;

/// <summary>
/// <c>securemcp bench</c>: K concurrent clients call the tool server's cheapest tool directly over Streamable HTTP and
/// through the gateway (audit on), alternating phases in one run, and report calls/s, p50, p99 and their ratios.
/// Subcommands price the authentication modes (<c>bench auth</c>) and many concurrent agents (<c>bench agents</c>).
/// </summary>
internal static class BenchCommand
{
    private static readonly IReadOnlyDictionary<string, object?> Arguments = CheapCall.Arguments;

    public static Command Create()
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent clients (K)", DefaultValueFactory = _ => 8 };
        var seconds = new Option<double>("--seconds") { Description = "Measured seconds per phase", DefaultValueFactory = _ => 10 };
        var warmup = new Option<double>("--warmup") { Description = "Warm-up seconds per phase", DefaultValueFactory = _ => 3 };
        var rounds = new Option<int>("--rounds") { Description = "Direct/gateway phase pairs (alternated to spread machine noise)", DefaultValueFactory = _ => 2 };
        var protocol = new Option<string?>("--protocol") { Description = "Pin the client protocol revision (default: SDK negotiation, 2026-07-28)" };
        var withPolicy = new Option<bool>("--with-policy") { Description = "Also measure a second gateway with an authorization policy and rate limits, to price authorization" };
        var command = new Command("bench", "Measure gateway overhead: direct vs through-gateway tool calls")
        {
            clients, seconds, warmup, rounds, protocol, withPolicy, BenchAuthCommand.Create(), BenchAgentsCommand.Create(),
        };
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(clients), parse.GetValue(seconds), parse.GetValue(warmup),
            parse.GetValue(rounds), parse.GetValue(protocol), parse.GetValue(withPolicy), ct));
        return command;
    }

    /// <summary>The policy of the priced gateway: the bench principal may call the analyzer, under a generous rate limit.</summary>
    private const string BenchPolicy = """
        version: 1
        settings:
          trustAuthenticatedRoles: true
        roles:
          agent:
            tools: [toolserver__analyzer, toolserver__validator]
        rules:
          - id: no-destructive-for-agents
            effect: deny
            when:
              principal.roles: { contains: agent }
              tool.annotations.destructive: true
        rateLimits:
          - id: per-principal
            per: principal
            tokenBucket: { limit: 1000000, tokensPerPeriod: 1000000, period: 1s }
        """;

    private static async Task<int> RunAsync(int clients, double seconds, double warmupSeconds, int rounds, string? protocol, bool withPolicy, CancellationToken ct)
    {
        if (clients < 1 || seconds <= 0 || rounds < 1 || warmupSeconds < 0)
        {
            await Console.Error.WriteLineAsync("securemcp bench: --clients and --rounds must be at least 1, --seconds positive, --warmup not negative");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("securemcp-bench-");
        await using var toolServer = await BenchServers.StartToolServerAsync(work.FullName);
        var directUrl = toolServer.ReadyValue;

        // The gateway speaks to the tool server in the same revision the clients speak to both, so the two paths
        // differ only by the gateway.
        var writer = new GatewayConfigWriter().AddHttpUpstream("toolserver", directUrl, protocol);
        var key = writer.AddKey("bench", "agent");
        var configPath = writer.Write(work.FullName, "http://127.0.0.1:0", Path.Combine(work.FullName, "audit.db"));
        await using var gateway = await BenchServers.StartGatewayAsync(configPath);
        var gatewayUrl = gateway.ReadyValue;

        ChildProcess? policyGateway = null;
        if (withPolicy)
        {
            var policyPath = Path.Combine(work.FullName, "policy.yaml");
            await File.WriteAllTextAsync(policyPath, BenchPolicy, ct);
            var policyConfig = writer.Write(work.FullName, "http://127.0.0.1:0", Path.Combine(work.FullName, "audit-policy.db"), "gateway-policy.yaml", policyPath);
            policyGateway = await BenchServers.StartGatewayAsync(policyConfig);
        }

        await using var policyGatewayScope = policyGateway;
        Console.WriteLine($"bench: {clients} clients, {rounds} round(s) of {seconds:0.#} s per target (+{warmupSeconds:0.#} s warm-up), tool toolserver analyzer, protocol {protocol ?? "negotiated"}");
        var direct = new List<LoadResult>();
        var through = new List<LoadResult>();
        var authorized = new List<LoadResult>();
        for (var round = 0; round < rounds; round++)
        {
            direct.Add(await LoadGenerator.RunAsync("direct", directUrl, null, clients, TimeSpan.FromSeconds(warmupSeconds), TimeSpan.FromSeconds(seconds), "analyzer", Arguments, protocol, ct));
            through.Add(await LoadGenerator.RunAsync("gateway", gatewayUrl, key, clients, TimeSpan.FromSeconds(warmupSeconds), TimeSpan.FromSeconds(seconds), "toolserver__analyzer", Arguments, protocol, ct));
            if (policyGateway is not null)
            {
                authorized.Add(await LoadGenerator.RunAsync("policy", policyGateway.ReadyValue, key, clients, TimeSpan.FromSeconds(warmupSeconds), TimeSpan.FromSeconds(seconds), "toolserver__analyzer", Arguments, protocol, ct));
            }
        }

        var d = LoadResult.Merge(direct);
        var g = LoadResult.Merge(through);
        var p = authorized.Count > 0 ? LoadResult.Merge(authorized) : null;
        var rss = ProcessMemory.ResidentBytes(gateway.Id);
        Console.WriteLine();
        Console.WriteLine("| target  | clients | calls | errors | calls/s | p50 (µs) | p99 (µs) |");
        Console.WriteLine("|---------|--------:|------:|-------:|--------:|---------:|---------:|");
        foreach (var r in p is null ? new[] { d, g } : [d, g, p])
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Target,-7} | {r.Clients,7} | {r.Calls,5} | {r.Errors,6} | {r.CallsPerSecond,7:0} | {r.P50Micros,8:0} | {r.P99Micros,8:0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput ratio (gateway/direct): {g.CallsPerSecond / d.CallsPerSecond:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"added latency p50: {(g.P50Micros - d.P50Micros) / 1000:0.000} ms, p99: {(g.P99Micros - d.P99Micros) / 1000:0.000} ms"));
        if (p is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"authorization cost (1 - policy/gateway throughput): {(1 - (p.CallsPerSecond / g.CallsPerSecond)) * 100:0.0}%"));
        }

        if (rss is { } bytes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway resident memory after the run: {bytes / (1024.0 * 1024):0.0} MiB"));
        }

        await gateway.DisposeAsync();
        var verification = await AuditCommand.VerifyAsync(Path.Combine(work.FullName, "audit.db"), ct);
        Console.WriteLine($"audit chain: {(verification.IsIntact ? "intact" : "BROKEN")}, {verification.RecordsChecked} records");
        return d.Errors + g.Errors + (p?.Errors ?? 0) == 0 && verification.IsIntact ? 0 : 1;
    }
}
