using System.Globalization;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Coordination;
using SecureMcp.Agents.Tasks;
using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Cli.Tasks;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Audit;
using SecureMcp.Storage.Tasks;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Engine;
using Spectre.Console;

namespace SecureMcp.Cli.Demo;

/// <summary>
/// The multi-agent part of the demo: six agent processes (one malicious, one flaky), the trust-aware scheduler and
/// the coordinator run the workload through the gateway, while trust is learnt from outcomes alone.
/// </summary>
internal static class MultiAgentRun
{
    private static readonly string[] Capabilities = ["data", "analysis", "reporting", "storage"];

    public static async Task<MultiAgentSummary> RunAsync(IAnsiConsole console, string mcpUrl, IReadOnlyDictionary<string, string> keys, DemoIdentity identity,
        IReadOnlyList<AgentTask> tasks, string work, int seed, CancellationToken cancellationToken)
    {
        var clients = new Dictionary<string, McpClient>(StringComparer.Ordinal);
        try
        {
            foreach (var (agent, index) in DemoAgent.Roster.Select((a, i) => (a, i)))
            {
                var (command, args) = SelfCommand.For("agent", "--id", agent.Id, "--gateway", mcpUrl, "--auth", agent.Auth, "--ca-root", identity.RootPath,
                    "--behavior", agent.Behavior, "--seed", (seed + (7919 * index)).ToString(CultureInfo.InvariantCulture));
                var (cert, key) = identity.Credentials[agent.Id];
                string[] proof = agent.Auth == "apikey" ? ["--key-env", "SECUREMCP_AGENT_KEY"] : ["--cert", cert, "--cert-key", key];
                var transport = new StdioClientTransport(new StdioClientTransportOptions
                {
                    Command = command,
                    Arguments = [.. args, .. proof, .. agent.Capabilities.SelectMany(c => new[] { "--capability", c })],
                    EnvironmentVariables = new Dictionary<string, string?> { ["SECUREMCP_AGENT_KEY"] = keys.GetValueOrDefault(agent.Id) },
                    Name = agent.Id,
                    StandardErrorLines = line => console.MarkupLine($"[grey]{agent.Id}: {Markup.Escape(line)}[/]"),
                });
                clients[agent.Id] = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
                console.MarkupLine($"agent [bold]{agent.Id}[/] started as its own process, proves who it is by {Proof(agent.Auth)}; capabilities: {string.Join(", ", agent.Capabilities)}");
            }

            var trust = new TrustEngine(new TrustOptions());
            var status = new TrustEngineStatusSource(trust);
            var store = new SqliteTaskStore(Path.Combine(work, "tasks.db"));
            await using var audit = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = Path.Combine(work, "allocation-audit.db") });
            var auditor = new AllocationAuditor(audit, TimeProvider.System);
            // Each task's checks validate its result, so the demo turns replica verification off; it is measured in
            // securemcp eval allocation.
            using var scheduler = new TrustAwareScheduler(new AllocationOptions { Seed = seed, Verification = new VerificationOptions { Enabled = false } }, trust, store, status,
                hooks: auditor.Hooks);
            foreach (var agent in DemoAgent.Roster)
            {
                scheduler.RegisterAgent(new AgentDescriptor { Id = agent.Id, Capabilities = agent.Capabilities, Clearance = SensitivityLevel.Internal, MaxConcurrency = 2 });
            }

            using var housekeeping = new CancellationTokenSource();
            var sweeper = RecomputeAsync(trust, housekeeping.Token);
            var finished = 0;
            LiveTrustBars? bars = null;
            var coordinator = new Coordinator(scheduler, clients, attempt =>
            {
                var final = attempt.Disposition is nameof(CompletionDisposition.Succeeded) or nameof(CompletionDisposition.ReportedFailed);
                var done = final ? Interlocked.Increment(ref finished) : Volatile.Read(ref finished);
                var score = Show(console, trust, attempt, done, tasks.Count);
                bars?.Update(done, attempt.AgentId, score);
            });
            console.Write(new Rule($"multi-agent workload: {tasks.Count} tasks, trust-aware allocation").LeftJustified());
            console.MarkupLine($"seed {seed} (securemcp demo --seed {seed} repeats the agents' behaviour and the scheduler's draws)");
            var reports = await LiveTrustBars.RunAsync(console, tasks.Count, DemoAgent.Roster.Select(a => a.Id), live =>
            {
                bars = live;
                return coordinator.RunAsync(tasks, parallelism: 4, cancellationToken);
            });
            await housekeeping.CancelAsync();
            await sweeper;
            trust.RecomputeGlobalTrust();
            var agents = DemoAgent.Roster.ToDictionary(a => a.Id, a => (MeanTrust(trust, a.Id, a.Capabilities), scheduler.AssignedTo(a.Id)), StringComparer.Ordinal);
            await ExplainOneAsync(console, scheduler, reports, cancellationToken);
            await auditor.FlushAsync(cancellationToken);
            var records = new List<AuditRecord>();
            await foreach (var record in audit.ReadAsync(0, cancellationToken))
            {
                records.Add(record);
            }

            return new MultiAgentSummary(reports, agents, AuditChain.Verify(records));
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                await client.DisposeAsync();
            }
        }
    }

    /// <summary>Prints one allocation line; returns the trust it showed for the agent.</summary>
    private static double Show(IAnsiConsole console, TrustEngine trust, AttemptEvent attempt, int finished, int total)
    {
        var capability = Capabilities.FirstOrDefault(c => trust.GetScore(attempt.AgentId, c).Observations > 0) ?? "data";
        var score = trust.GetScore(attempt.AgentId, capability).Combined;
        var mark = attempt.Outcome is { Valid: true } ? "[green]✓[/]" : "[red]✗[/]";
        var detail = attempt.Outcome is { Valid: true } o
            ? string.Create(CultureInfo.InvariantCulture, $"{o.DurationMs:0} ms")
            : Markup.Escape(Shorten(attempt.Error ?? attempt.Outcome?.Error ?? "failed"));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]{finished,2}/{total}[/] {mark} {Markup.Escape(attempt.TaskId),-20} → {attempt.AgentId} (trust {score:0.00}){(attempt.Replica > 0 ? " [grey]verification replica[/]" : "")}  {attempt.Disposition.ToLowerInvariant(),-20} {detail}"));
        return score;
    }

    /// <summary>Shows why a task went where it did: a reassigned one if there is one, since it tells the most.</summary>
    private static async Task ExplainOneAsync(IAnsiConsole console, TrustAwareScheduler scheduler, IReadOnlyList<TaskRunReport> reports, CancellationToken cancellationToken)
    {
        var pick = reports.Where(r => r.Attempts > 1).MaxBy(r => r.Attempts) ?? reports[^1];
        console.Write(new Rule($"why {Markup.Escape(pick.TaskId)} went where it did (securemcp tasks explain {Markup.Escape(pick.TaskId)} --db tasks.db)").LeftJustified());
        foreach (var explanation in await scheduler.ExplainAsync(pick.TaskId, cancellationToken))
        {
            ExplanationView.Write(console, explanation);
        }
    }

    private static double MeanTrust(TrustEngine trust, string agent, string[] capabilities) =>
        capabilities.Select(c => trust.GetScore(agent, c)).Where(s => s.Observations > 0).Select(s => s.Combined).DefaultIfEmpty(0.5).Average();

    private static async Task RecomputeAsync(TrustEngine trust, CancellationToken cancellationToken)
    {
        var tick = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                if (++tick % 5 == 0)
                {
                    trust.RecomputeGlobalTrust();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private static string Proof(string auth) => auth switch
    {
        "mtls" => "its CA certificate (mTLS)",
        "token" => "a 5-minute ES256 token bought with a signed client assertion",
        _ => "an API key",
    };

    private static string Shorten(string text) => text.Length > 90 ? text[..90] + "…" : text;
}
