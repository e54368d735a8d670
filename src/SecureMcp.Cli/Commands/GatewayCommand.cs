using System.CommandLine;
using Microsoft.Extensions.Logging;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Gateway;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Hosting;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp gateway --config FILE [--stdio] [--listen URL]</c>.</summary>
internal static class GatewayCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "Gateway YAML configuration", Required = true };
        var stdio = new Option<bool>("--stdio") { Description = "Serve one MCP client over stdin/stdout instead of HTTP" };
        var listen = new Option<string?>("--listen") { Description = "Override the listen URL of the configuration" };
        var verbose = new Option<bool>("--verbose") { Description = "Log at debug level (to stderr)" };
        var command = new Command("gateway", "Run the MCP security gateway") { config, stdio, listen, verbose };
        command.SetAction(async (parse, ct) =>
        {
            using var loggerFactory = StderrLogging.Create(parse.GetValue(verbose) ? LogLevel.Debug : LogLevel.Information);
            SecureGateway started;
            try
            {
                started = await SecureGateway.StartAsync(GatewayConfigLoader.LoadFile(parse.GetValue(config)!.FullName), loggerFactory);
            }
            catch (GatewayConfigException ex)
            {
                await Console.Error.WriteLineAsync($"securemcp gateway: invalid configuration: {ex.Message}");
                return 2;
            }

            await using var gateway = started;
            if (parse.GetValue(stdio))
            {
                await gateway.RunStdioAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), ct);
                return 0;
            }

            await using var http = await GatewayHttpServer.StartAsync(gateway, loggerFactory, parse.GetValue(listen), ct);
            await Console.Error.WriteLineAsync($"securemcp gateway: serving MCP at {http.McpUrl} (health: {http.Address}/healthz)");
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, http.Stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM.
            }

            return 0;
        });
        return command;
    }
}
