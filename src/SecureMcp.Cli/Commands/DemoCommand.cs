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
        var command = new Command("demo", "Run the end-to-end demo on the embedded defaults") { keep };
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(keep), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool keep, CancellationToken ct)
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
            var configPath = writer.Write(work.FullName, "http://127.0.0.1:0", Path.Combine(work.FullName, "audit.db"));
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

                await using var client = await LoadGenerator.ConnectAsync(http.McpUrl, key, null, "demo-client", ct);
                ShowTools(console, await client.ListToolsAsync(cancellationToken: ct));

                console.Write(new Rule("workflow: process → aggregate → analyze → visualize → report → store").LeftJustified());
                var workflow = new DemoWorkflow(client, step => console.MarkupLine(
                    $"{(step.Succeeded ? "[green]✓[/]" : "[red]✗[/]")} {step.Name,-10} {Markup.Escape(step.Tool),-28} {step.LatencyMs,8:0.0} ms  {Markup.Escape(step.Summary)}"));
                var workflowOk = await workflow.RunAsync(ct);

                console.Write(new Rule("defences: each attempt must be refused and audited").LeftJustified());
                var probes = await SecurityProbes.RunAsync(http.McpUrl, client, ct);
                foreach (var (probe, refused, detail) in probes)
                {
                    console.MarkupLine($"{(refused ? "[green]refused[/]" : "[red]NOT refused[/]")}  {Markup.Escape(probe)}: {Markup.Escape(detail)}");
                }

                await client.DisposeAsync();
                await http.DisposeAsync();
                await gateway.DisposeAsync();
                var verification = await AuditCommand.VerifyAsync(config.AuditPath, ct);
                exit = Summarize(console, workflow, probes.All(p => p.Refused), verification, workflowOk);
            }

            if (keep)
            {
                console.MarkupLine($"working folder kept: {Markup.Escape(work.FullName)} (audit: audit.db)");
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

    private static void ShowTools(IAnsiConsole console, IList<McpClientTool> tools)
    {
        var table = new Table().Title("tools offered through the gateway").AddColumns("tool", "read-only", "destructive", "open-world");
        foreach (var tool in tools)
        {
            var a = tool.ProtocolTool.Annotations;
            table.AddRow(Markup.Escape(tool.Name), Flag(a?.ReadOnlyHint), Flag(a?.DestructiveHint), Flag(a?.OpenWorldHint));
        }

        console.Write(table);
    }

    private static string Flag(bool? value) => value switch { true => "yes", false => "no", null => "-" };

    private static int Summarize(IAnsiConsole console, DemoWorkflow workflow, bool defencesHeld, Core.Audit.AuditVerification verification, bool workflowOk)
    {
        var latencies = workflow.Steps.Select(s => s.LatencyMs).Order().ToList();
        var table = new Table().Title("summary").AddColumns("measure", "value");
        table.AddRow("workflow steps", $"{workflow.Steps.Count(s => s.Succeeded)}/{workflow.Steps.Count} succeeded");
        table.AddRow("step latency (mean / max)", string.Create(CultureInfo.InvariantCulture, $"{latencies.Average():0.0} ms / {latencies.Max():0.0} ms"));
        table.AddRow("defences", defencesHeld ? "every probe refused" : "[red]a probe was NOT refused[/]");
        table.AddRow("audit records", verification.RecordsChecked.ToString(CultureInfo.InvariantCulture));
        table.AddRow("audit chain", verification.IsIntact ? "[green]verified[/]" : $"[red]broken at {verification.FirstBrokenSequence}: {Markup.Escape(verification.Problem ?? "")}[/]");
        console.Write(table);
        var ok = workflowOk && defencesHeld && verification.IsIntact;
        console.MarkupLine(ok ? "[green bold]demo passed[/]" : "[red bold]demo FAILED[/]");
        return ok ? 0 : 1;
    }

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
