using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.Hosting;

/// <summary>
/// The MCP Streamable HTTP endpoint, built around the SDK's <see cref="StreamableHttpServerTransport"/>
/// (the SDK's own ASP.NET Core package is not available here).
/// </summary>
/// <remarks>
/// Clients on revisions with sessions (2025-11-25 and older) open a session with <c>initialize</c> and name it in
/// <c>Mcp-Session-Id</c>; each session is bound to the user that opened it. Clients on 2026-07-28 and later are served
/// statelessly: one short-lived server per POST. The host authenticates before calling <see cref="HandleAsync"/>
/// and puts the result in <see cref="HttpContext.User"/>.
/// </remarks>
public sealed partial class McpHttpEndpoint : IAsyncDisposable
{
    private const string SessionHeader = "Mcp-Session-Id";
    private const string VersionHeader = "MCP-Protocol-Version";

    /// <summary>The message-context item that carries the client's IP address.</summary>
    public const string SourceAddressItem = "sourceAddress";

    private readonly McpHttpEndpointOptions _options;
    private readonly Func<McpSessionRequest, McpServerOptions> _serverOptionsFactory;
    private readonly IMcpHttpObserver? _observer;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, HttpMcpSession> _sessions = new(StringComparer.Ordinal);
    private readonly ITimer _sweeper;

    /// <summary>Creates the endpoint.</summary>
    /// <param name="options">Validated endpoint settings.</param>
    /// <param name="serverOptionsFactory">Builds the MCP server options for a new session or stateless request.</param>
    /// <param name="observer">Receives refusals and session changes for audit; optional.</param>
    /// <param name="loggerFactory">Logging; optional.</param>
    /// <param name="time">Clock for idle expiry; optional.</param>
    public McpHttpEndpoint(
        McpHttpEndpointOptions options,
        Func<McpSessionRequest, McpServerOptions> serverOptionsFactory,
        IMcpHttpObserver? observer = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _serverOptionsFactory = serverOptionsFactory ?? throw new ArgumentNullException(nameof(serverOptionsFactory));
        _observer = observer;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _time = time ?? TimeProvider.System;
        var period = TimeSpan.FromTicks(Math.Clamp(options.IdleSessionTimeout.Ticks / 4, TimeSpan.TicksPerSecond, 30 * TimeSpan.TicksPerSecond));
        _sweeper = _time.CreateTimer(_ => _ = SweepIdleAsync(), null, period, period);
    }

    /// <summary>The number of open sessions.</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>The path served.</summary>
    public string Path => _options.Path;

    /// <summary>Handles one HTTP request to the endpoint path.</summary>
    public Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hostProblem = HostValidator.Check(context.Request, _options);
        if (hostProblem is not null)
        {
            return RejectAsync(context, StatusCodes.Status403Forbidden, -32600, $"Forbidden: {hostProblem}", default, null);
        }

        return context.Request.Method switch
        {
            "POST" => HandlePostAsync(context),
            "GET" => HandleGetAsync(context),
            "DELETE" => HandleDeleteAsync(context),
            _ => RejectAsync(context, StatusCodes.Status405MethodNotAllowed, -32600, "Method Not Allowed: use POST, GET or DELETE", default, null),
        };
    }

    /// <summary>Closes every session bound to a user (for quarantine or credential revocation).</summary>
    public async Task<int> CloseSessionsOfAsync(string userId, string reason)
    {
        var closed = 0;
        foreach (var session in _sessions.Values.Where(s => string.Equals(s.UserId, userId, StringComparison.Ordinal)))
        {
            if (await RemoveAsync(session.Id, reason))
            {
                closed++;
            }
        }

        return closed;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        foreach (var id in _sessions.Keys.ToList())
        {
            await RemoveAsync(id, "endpoint shutting down");
        }
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (!accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) ||
            !accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            await RejectAsync(context, StatusCodes.Status406NotAcceptable, -32600,
                "Not Acceptable: the client must accept both application/json and text/event-stream", default, null);
            return;
        }

        var body = await BoundedBody.ReadAsync(context, _options.MaxRequestBodyBytes);
        if (body is null)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, -32600,
                $"Payload Too Large: the request body exceeds {_options.MaxRequestBodyBytes} bytes", default, null);
            return;
        }

        JsonRpcMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(body, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<JsonRpcMessage>)
                McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage)));
        }
        catch (JsonException ex)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, -32700, $"Parse error: the body is not a valid JSON-RPC message ({Trim(ex.Message)})", default, null);
            return;
        }
        catch (NotSupportedException ex)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, -32600, $"Invalid Request: {Trim(ex.Message)}", default, null);
            return;
        }

        if (message is null)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, -32600, "Invalid Request: empty JSON-RPC message", default, null);
            return;
        }

        var requestId = message is JsonRpcRequest request ? request.Id : default;
        var method = (message as JsonRpcRequest)?.Method ?? (message as JsonRpcNotification)?.Method;
        var version = context.Request.Headers[VersionHeader].ToString();
        if (!string.IsNullOrEmpty(version) && !ProtocolRevisions.IsSupported(version))
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, -32600,
                $"Bad Request: unsupported MCP-Protocol-Version '{version}'; supported: {string.Join(", ", ProtocolRevisions.Supported)}", requestId, method);
            return;
        }

        message.Context ??= new JsonRpcMessageContext();
        message.Context.User = context.User;
        if (context.Connection.RemoteIpAddress is { } remote)
        {
            message.Context.Items ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            message.Context.Items[SourceAddressItem] = remote;
        }
        if (!string.IsNullOrEmpty(version))
        {
            message.Context.ProtocolVersion = version;
        }

        if (ProtocolRevisions.IsStateless(version))
        {
            if (!string.IsNullOrEmpty(context.Request.Headers[SessionHeader].ToString()))
            {
                await RejectAsync(context, StatusCodes.Status400BadRequest, -32600,
                    $"Bad Request: protocol {version} has no sessions; do not send Mcp-Session-Id", requestId, method);
                return;
            }

            await ServeStatelessAsync(context, message, version);
            return;
        }

        var session = await ResolveSessionForPostAsync(context, message, requestId, method);
        if (session is null)
        {
            return;
        }

        using (session.Enter())
        {
            session.Touch(_time.GetTimestamp());
            SseResponse.Prepare(context);
            var wrote = await session.Transport.HandlePostRequestAsync(message, context.Response.Body, context.RequestAborted);
            if (!wrote)
            {
                context.Response.Headers.ContentType = (string?)null;
                context.Response.StatusCode = StatusCodes.Status202Accepted;
            }
        }
    }

    private async Task ServeStatelessAsync(HttpContext context, JsonRpcMessage message, string version)
    {
        var transport = new StreamableHttpServerTransport(_loggerFactory) { Stateless = true };
        var serverOptions = _serverOptionsFactory(new McpSessionRequest(context.User, null, version));
        serverOptions.ScopeRequests = false;
        await using var server = McpServer.Create(transport, serverOptions, _loggerFactory, context.RequestServices);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var run = server.RunAsync(stop.Token);
        try
        {
            SseResponse.Prepare(context);
            var wrote = await transport.HandlePostRequestAsync(message, context.Response.Body, context.RequestAborted);
            if (!wrote)
            {
                context.Response.Headers.ContentType = (string?)null;
                context.Response.StatusCode = StatusCodes.Status202Accepted;
            }
        }
        finally
        {
            await transport.DisposeAsync();
            await stop.CancelAsync();
            try
            {
                await run;
            }
            catch (OperationCanceledException)
            {
                // Expected: the per-request server stops when its request ends.
            }
        }
    }

    private async Task RejectAsync(HttpContext context, int status, int code, string message, RequestId id, string? method)
    {
        await JsonRpcErrorWriter.WriteAsync(context, status, code, message, id);
        if (_observer is not null)
        {
            var sessionId = context.Request.Headers[SessionHeader].ToString();
            await _observer.OnRejectedAsync(new McpHttpRejection(status, code, message, McpUser.IdOf(context.User),
                string.IsNullOrEmpty(sessionId) ? null : sessionId, method));
        }
    }

    private static string Trim(string text) => text.Length > 200 ? text[..200] : text;
}
