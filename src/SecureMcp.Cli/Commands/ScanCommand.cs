using System.CommandLine;
using Microsoft.Extensions.Logging;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Upstreams;
using SecureMcp.Inspection.Scanning;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp scan --config FILE [--json]</c>: connects to every upstream and reports each tool's risk and poisoning findings.</summary>
/// <remarks>Everything runs locally; no tool definition leaves the machine. Exit code 1 if any finding is HIGH or CRITICAL.</remarks>
internal static class ScanCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "Gateway configuration whose upstreams to scan", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the report (with the full tool definitions) as JSON" };
        var command = new Command("scan", "Scan upstream MCP servers' tools for risk and poisoning") { config, json };
        command.SetAction(async (parse, ct) =>
        {
            GatewayConfig loaded;
            try
            {
                loaded = GatewayConfigLoader.LoadFile(parse.GetValue(config)!.FullName);
            }
            catch (GatewayConfigException ex)
            {
                await Console.Error.WriteLineAsync($"securemcp scan: {ex.Message}");
                return 2;
            }

            using var loggerFactory = StderrLogging.Create(LogLevel.Warning);
            var inventory = await UpstreamInventory.ReadAsync(loaded, loggerFactory, ct);
            foreach (var failed in inventory.Where(e => e.Error is not null))
            {
                await Console.Error.WriteLineAsync($"securemcp scan: upstream '{failed.Server}' could not be read: {failed.Error}");
            }

            var result = new ToolScanner().Scan(inventory.Where(e => e.Error is null).Select(e => new ServerTools(e.Server, e.Tools)));
            Console.WriteLine(parse.GetValue(json) ? ScanReport.ToJson(result) : ScanReport.ToText(result));
            return inventory.Any(e => e.Error is not null) ? 2 : result.ExitCode;
        });
        return command;
    }
}
