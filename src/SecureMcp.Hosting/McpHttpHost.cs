using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace SecureMcp.Hosting;

/// <summary>Runs a plain (unauthenticated) MCP server over Streamable HTTP on one URL.</summary>
/// <remarks>Used by the tool server and test fixtures; the gateway composes its own host with authentication.</remarks>
public static class McpHttpHost
{
    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="url">The URL to listen on, for example <c>http://127.0.0.1:5100</c>. The endpoint path is <c>/mcp</c>.</param>
    /// <param name="serverOptionsFactory">Builds server options for each session or stateless request.</param>
    /// <param name="onListening">Called with the bound address once the server listens (port 0 picks a free port).</param>
    /// <param name="cancellationToken">Stops the server.</param>
    public static async Task RunAsync(
        string url,
        Func<McpSessionRequest, McpServerOptions> serverOptionsFactory,
        Action<string>? onListening,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        await using var app = builder.Build();
        var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
        await using var endpoint = new McpHttpEndpoint(
            new McpHttpEndpointOptions(),
            serverOptionsFactory,
            observer: null,
            loggerFactory);
        app.Map(endpoint.Path, endpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        await app.StartAsync(cancellationToken);
        onListening?.Invoke(app.Urls.First());
        // The host's console lifetime takes SIGTERM and Ctrl+C and signals ApplicationStopping, so watch both.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Normal shutdown.
        }

        await app.StopAsync(CancellationToken.None);
    }
}
