using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Server;
using SecureMcp.Hosting;

namespace SecureMcp.ConformanceFixture;

/// <summary>Entry point. Diagnostics go to stderr only, so that stdout stays the stdio transport.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var commandLine = FixtureCommandLine.TryParse(args, out var error);
        if (commandLine is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n{FixtureCommandLine.Usage}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        // The web host's console lifetime swallows SIGTERM and only signals its own stopping token, which
        // McpHttpHost.RunAsync does not watch; cancelling our token here lets `kill PID` end the process.
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        if (commandLine.HttpUrl is { } url)
        {
            await McpHttpHost.RunAsync(
                url,
                _ => FixtureServer.CreateOptions(),
                bound => Console.Error.WriteLine($"conformance fixture listening on {bound}/mcp"),
                stop.Token);
            return 0;
        }

        await RunStdioAsync(stop.Token);
        return 0;
    }

    private static async Task RunStdioAsync(CancellationToken cancellationToken)
    {
        var options = FixtureServer.CreateOptions();
        await using var transport = new StdioServerTransport(options, NullLoggerFactory.Instance);
        await using var server = McpServer.Create(transport, options, NullLoggerFactory.Instance);
        await Console.Error.WriteLineAsync("conformance fixture serving stdio");
        try
        {
            await server.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Normal shutdown.
        }
    }
}
