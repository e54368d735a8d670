using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;
using SecureMcp.ToolServer.Logging;

namespace SecureMcp.ToolServer;

/// <summary>Runs the sample tool server over stdio.</summary>
public static class ToolServerHost
{
    /// <summary>
    /// Serves MCP on stdin/stdout until the client disconnects or <paramref name="ct"/> is cancelled.
    /// Logs go to stderr only, because stdout carries the protocol.
    /// </summary>
    /// <param name="options">The tool server configuration; validated first.</param>
    /// <param name="ct">Stops the server.</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message names the key.</exception>
    public static async Task RunStdioAsync(ToolServerOptions options, CancellationToken ct)
    {
        var serverOptions = ToolServerFactory.CreateServerOptions(options);
        using var loggerFactory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var logger = loggerFactory.CreateLogger(typeof(ToolServerHost));
        ToolServerLog.Starting(logger, serverOptions.ToolCollection?.Count ?? 0, options.SandboxRoot);
        var transport = new StdioServerTransport(serverOptions, loggerFactory);
        await using (transport.ConfigureAwait(false))
        {
            var server = McpServer.Create(transport, serverOptions, loggerFactory);
            await using (server.ConfigureAwait(false))
            {
                await server.RunAsync(ct).ConfigureAwait(false);
            }
        }

        ToolServerLog.Stopped(logger);
    }
}
