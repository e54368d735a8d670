using SecureMcp.Cli.Commands;
using SecureMcp.Cli.Infrastructure;

namespace SecureMcp.Cli.Bench;

/// <summary>
/// <c>securemcp bench auth</c>: one HTTPS gateway with our CA, API keys, tokens and client certificates all enabled, and the
/// same closed-loop workload run in each <see cref="AuthMode"/>, the modes alternating within every round.
/// </summary>
internal static class AuthModeBench
{
    /// <summary>The principal of the agent certificate (and of its tokens).</summary>
    public const string CertificatePrincipal = "bench-agent";

    private static readonly AuthMode[] Modes = Enum.GetValues<AuthMode>();

    /// <summary>Pause between phases, so that one phase's closing connections and garbage do not bill the next.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    public static async Task<AuthBenchOutcome> RunAsync(AuthBenchSettings settings, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        using var directory = BenchDirectory.Create("securemcp-bench-auth-");
        var work = directory.Path;
        var caDirectory = Path.Combine(work, "ca");
        using var credentials = BenchCredentials.Create(caDirectory, CertificatePrincipal, "agent");
        await using var toolServer = await BenchServers.StartToolServerAsync(work);
        var writer = new GatewayConfigWriter()
            .AddHttpUpstream("toolserver", toolServer.ReadyValue, settings.ProtocolVersion)
            .WithIdentity(caDirectory, "allow", tokens: true, BenchCredentials.PassphraseVariable);
        var apiKey = writer.AddKey("bench-key", "agent");
        var auditPath = Path.Combine(work, "audit.db");
        // The token issuer and audience derive from the listen URL, so the port must be known before the gateway starts.
        var configPath = writer.Write(work, $"https://127.0.0.1:{FreePort.Next()}", auditPath);
        var gateway = await BenchServers.StartGatewayAsync(configPath);
        var results = Modes.ToDictionary(m => m, _ => new List<LoadResult>());
        try
        {
            var clients = new AuthModeClients(new Uri(gateway.ReadyValue), apiKey, credentials, settings.ProtocolVersion);

            // One unmeasured round first. On this kind of machine a fresh gateway needs some 30 s of load before its JIT
            // tiering settles (the load starves the background compiler), and without it the first measured phases,
            // whichever modes they are, look up to three times costlier than the same modes later in the run. It runs
            // the first round backwards, so the first measured phase follows one of its own mode.
            foreach (var mode in PhaseOrder.ForRound(Modes, 0).Reverse())
            {
                progress($"warm-up round: {AuthModeNames.Of(mode)}");
                await LoadGenerator.RunAsync(AuthModeNames.Of(mode), (i, ct) => clients.ConnectAsync(mode, new ConnectionCounter(), $"warm-{i}", ct),
                    settings.Clients, settings.Warmup, settings.Duration, CheapCall.GatewayTool, CheapCall.Arguments, null, cancellationToken);
            }

            for (var round = 0; round < settings.Rounds; round++)
            {
                foreach (var mode in PhaseOrder.ForRound(Modes, round))
                {
                    await SettleAsync(cancellationToken);
                    var counter = new ConnectionCounter();
                    var meter = new PhaseMeter(gateway.Id, counter);
                    var phase = await LoadGenerator.RunAsync(
                        AuthModeNames.Of(mode),
                        (i, ct) => clients.ConnectAsync(mode, counter, $"bench-{i}", ct),
                        settings.Clients, settings.Warmup, settings.Duration, CheapCall.GatewayTool, CheapCall.Arguments, meter, cancellationToken);
                    results[mode].Add(phase);
                    progress($"round {round + 1}/{settings.Rounds}: {AuthModeNames.Of(mode)}: {BenchFormat.Count(phase.CallsPerSecond)} calls/s, " +
                        $"p50 {BenchFormat.Micros(phase.P50Micros)} µs, gateway CPU {BenchFormat.Micros(phase.GatewayCpuMicrosPerCall)} µs/call");
                }
            }

            var rss = ProcessMemory.ResidentBytes(gateway.Id);
            await gateway.DisposeAsync();
            var audit = await AuditCommand.VerifyAsync(auditPath, cancellationToken);
            return new AuthBenchOutcome(results.ToDictionary(r => r.Key, r => LoadResult.Merge(r.Value)), rss, audit);
        }
        finally
        {
            await gateway.DisposeAsync();
        }
    }

    private static async Task SettleAsync(CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        await Task.Delay(Settle, cancellationToken);
    }
}
