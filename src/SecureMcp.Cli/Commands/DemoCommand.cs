using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using SecureMcp.Cli.Bench;
using SecureMcp.Cli.Demo;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Gateway;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Hosting;
using Spectre.Console;

namespace SecureMcp.Cli.Commands;

/// <summary>
/// <c>securemcp demo</c>: starts the tool server (a real stdio child process) behind the gateway, runs one MCP client
/// through a multi-step workflow, probes the defences, and verifies the audit chain. Exits 0 only if all of it worked.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var keep = new Option<bool>("--keep") { Description = "Keep the demo's working folder (audit database, sandbox) and print its path" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the agents' misbehaviour and of the scheduler's draws (default: a new one each run, printed so a run can be repeated)" };
        var command = new Command("demo", "Run the end-to-end demo on the embedded defaults") { keep, seed };
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(keep), parse.GetValue(seed) ?? Random.Shared.Next(1, 100_000), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool keep, int seed, CancellationToken ct)
    {
        var console = AnsiConsole.Console;
        console.Write(new Rule("[bold]SecureMcp demo[/]").LeftJustified());
        var work = Directory.CreateTempSubdirectory("securemcp-demo-");
        try
        {
            var writer = new GatewayConfigWriter();
            var (command, args) = SelfCommand.For("toolserver", "--sandbox", Path.Combine(work.FullName, "sandbox"));
            writer.AddStdioUpstream("toolserver", command, args);
            var key = writer.AddKey("analyst-agent", "analyst");
            var agentKeys = DemoAgent.Roster.Where(a => a.Auth == "apikey").ToDictionary(a => a.Id, a => writer.AddKey(a.Id, "agent"), StringComparer.Ordinal);
            using var identity = DemoIdentity.Create(work.FullName, DemoAgent.Roster.Select(a => a.Id));
            writer.WithIdentity(identity.Directory, "allow", tokens: true, DemoIdentity.PassphraseVariable);
            var policyPath = Path.Combine(work.FullName, "policy.yaml");
            await File.WriteAllTextAsync(policyPath, DemoPolicy.For(DemoAgent.Roster.Select(a => a.Id)), ct);
            var configPath = writer.Write(work.FullName, $"https://127.0.0.1:{FreePort.Next()}", Path.Combine(work.FullName, "audit.db"), policyPath: policyPath);
            var config = GatewayConfigLoader.LoadFile(configPath);

            using var loggerFactory = StderrLogging.Create(LogLevel.Warning);
            var gateway = await SecureGateway.StartAsync(config, loggerFactory);
            int exit;
            await using (var http = await GatewayHttpServer.StartAsync(gateway, loggerFactory, cancellationToken: ct))
            {
                console.MarkupLine($"gateway: [green]{http.McpUrl}[/]   pipeline: {string.Join(" → ", gateway.StageNames)} → forward");
                foreach (var upstream in gateway.Health().Upstreams)
                {
                    console.MarkupLine($"upstream [bold]{upstream.Name}[/] ({upstream.ProtocolVersion}, stdio): {upstream.State}, {upstream.Tools} tools");
                }

                await using var client = await identity.ConnectAsync(http.McpUrl, key, "demo-client", ct);
                ShowTools(console, await client.ListToolsAsync(cancellationToken: ct), tool => gateway.Inspection.Classifier.Classify("toolserver", tool).Level.ToString());

                console.Write(new Rule("workflow: process → aggregate → analyze → visualize → report → store").LeftJustified());
                var workflow = new DemoWorkflow(client, step => console.MarkupLine(
                    $"{(step.Succeeded ? "[green]✓[/]" : "[red]✗[/]")} {step.Name,-10} {Markup.Escape(step.Tool),-28} {step.LatencyMs,8:0.0} ms  {Markup.Escape(step.Summary)}"));
                var workflowOk = await workflow.RunAsync(ct);

                console.Write(new Rule("defences: each attempt must be refused and audited").LeftJustified());
                using var probeHttp = identity.CreateHttpClient();
                var probes = await SecurityProbes.RunAsync(http.McpUrl, client, probeHttp, ct);
                foreach (var (probe, refused, detail) in probes)
                {
                    console.MarkupLine($"{(refused ? "[green]refused[/]" : "[red]NOT refused[/]")}  {Markup.Escape(probe)}: {Markup.Escape(detail)}");
                }

                await client.DisposeAsync();
                var run = await MultiAgentRun.RunAsync(console, http.McpUrl, agentKeys, identity, LoadWorkload(), work.FullName, seed, ct);
                ShowTrust(console, run);
                await http.DisposeAsync();
                await gateway.DisposeAsync();
                var verification = await AuditCommand.VerifyAsync(config.AuditPath, ct);
                var security = await CountSecurityRecordsAsync(config.AuditPath, ct);
                exit = Summarize(console, workflow, probes.All(p => p.Refused), verification, workflowOk, run, security);
            }

            if (keep)
            {
                console.MarkupLine($"working folder kept: {Markup.Escape(work.FullName)} (gateway audit: audit.db, allocation audit: allocation-audit.db, tasks: tasks.db)");
            }

            return exit;
        }
        finally
        {
            if (!keep)
            {
                TryDelete(work);
            }
        }
    }

    private static void ShowTools(IAnsiConsole console, IList<McpClientTool> tools, Func<ModelContextProtocol.Protocol.Tool, string> risk)
    {
        var table = new Table().Title("tools verified and pinned by the gateway").AddColumns("tool", "risk", "read-only", "destructive", "open-world");
        foreach (var tool in tools)
        {
            var a = tool.ProtocolTool.Annotations;
            table.AddRow(Markup.Escape(tool.Name), risk(tool.ProtocolTool), Flag(a?.ReadOnlyHint), Flag(a?.DestructiveHint), Flag(a?.OpenWorldHint));
        }

        console.Write(table);
    }

    private static string Flag(bool? value) => value switch { true => "yes", false => "no", null => "-" };

    private static IReadOnlyList<SecureMcp.Agents.Tasks.AgentTask> LoadWorkload()
    {
        using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream("workload.yaml")
            ?? throw new InvalidOperationException("the demo workload is not embedded in the build");
        using var reader = new StreamReader(stream);
        return SecureMcp.Agents.Tasks.TaskYamlLoader.Parse(reader.ReadToEnd());
    }

    private static void ShowTrust(IAnsiConsole console, MultiAgentSummary run)
    {
        var table = new Table().Title("trust learnt from behaviour (the behaviour flag is never shown to the scheduler)")
            .AddColumns("agent", "configured as", "trust", "attempts given");
        foreach (var agent in DemoAgent.Roster)
        {
            var (trust, assigned) = run.Agents[agent.Id];
            table.AddRow(agent.Id, agent.Behavior, trust.ToString("0.00", CultureInfo.InvariantCulture), assigned.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static async Task<long> CountSecurityRecordsAsync(string auditPath, CancellationToken ct)
    {
        await using var store = new Storage.Audit.SqliteAuditStore(new Storage.Audit.SqliteAuditStoreOptions { Path = auditPath });
        long count = 0;
        await foreach (var record in store.ReadAsync(0, ct))
        {
            if (record.Kind is "security" or "auth" || record.Outcome == "denied")
            {
                count++;
            }
        }

        return count;
    }

    private static int Summarize(IAnsiConsole console, DemoWorkflow workflow, bool defencesHeld, Core.Audit.AuditVerification verification, bool workflowOk,
        MultiAgentSummary run, long securityRecords)
    {
        var latencies = workflow.Steps.Select(s => s.LatencyMs).Order().ToList();
        var finished = run.Tasks.Where(t => t.Reason != "never finished").ToList();
        var succeeded = run.Tasks.Count(t => t.Succeeded);
        var taskLatency = run.Tasks.Where(t => t.Succeeded).Select(t => t.LatencyMs).Order().ToList();
        var table = new Table().Title("summary").AddColumns("measure", "value");
        table.AddRow("tasks completed", $"{finished.Count}/{run.Tasks.Count} reached a final state, {succeeded} succeeded");
        table.AddRow("task success rate", string.Create(CultureInfo.InvariantCulture, $"{(double)succeeded / Math.Max(1, run.Tasks.Count):P1}"));
        table.AddRow("task latency (mean / p95)", taskLatency.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
            $"{taskLatency.Average():0} ms / {taskLatency[Math.Clamp((int)Math.Ceiling(0.95 * taskLatency.Count) - 1, 0, taskLatency.Count - 1)]:0} ms"));
        table.AddRow("security events and denials audited", securityRecords.ToString(CultureInfo.InvariantCulture));
        table.AddRow("workflow steps", $"{workflow.Steps.Count(s => s.Succeeded)}/{workflow.Steps.Count} succeeded");
        table.AddRow("step latency (mean / max)", string.Create(CultureInfo.InvariantCulture, $"{latencies.Average():0.0} ms / {latencies.Max():0.0} ms"));
        table.AddRow("defences", defencesHeld ? "every probe refused" : "[red]a probe was NOT refused[/]");
        table.AddRow("audit records", verification.RecordsChecked.ToString(CultureInfo.InvariantCulture));
        table.AddRow("audit chain", Chain(verification));
        table.AddRow("allocation audit records", run.AllocationAudit.RecordsChecked.ToString(CultureInfo.InvariantCulture));
        table.AddRow("allocation audit chain", Chain(run.AllocationAudit));
        console.Write(table);
        var ok = workflowOk && defencesHeld && verification.IsIntact && run.AllocationAudit.IsIntact && finished.Count == run.Tasks.Count;
        console.MarkupLine(ok ? "[green bold]demo passed[/]" : "[red bold]demo FAILED[/]");
        return ok ? 0 : 1;
    }

    private static string Chain(Core.Audit.AuditVerification v) =>
        v.IsIntact ? "[green]verified[/]" : $"[red]broken at {v.FirstBrokenSequence}: {Markup.Escape(v.Problem ?? "")}[/]";

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the folder is in the temp area anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
