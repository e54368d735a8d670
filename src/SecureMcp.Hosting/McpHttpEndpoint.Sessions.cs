using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.Hosting;

// Sessions: finding or opening the session of a POST, removing sessions and sweeping idle ones.
public sealed partial class McpHttpEndpoint
{
    private async Task<HttpMcpSession?> ResolveSessionForPostAsync(HttpContext context, JsonRpcMessage message, RequestId requestId, string? method)
    {
        var sessionId = context.Request.Headers[SessionHeader].ToString();
        if (string.IsNullOrEmpty(sessionId))
        {
            if (message is not JsonRpcRequest { Method: RequestMethods.Initialize })
            {
                await RejectAsync(context, StatusCodes.Status400BadRequest, -32600,
                    "Bad Request: a session can only be opened by an initialize request; send Mcp-Session-Id, or use protocol 2026-07-28 without sessions",
                    requestId, method);
                return null;
            }

            if (_sessions.Count >= _options.MaxSessions)
            {
                await RejectAsync(context, StatusCodes.Status503ServiceUnavailable, -32000, "Service Unavailable: too many open sessions", requestId, method);
                return null;
            }

            return await OpenSessionAsync(context);
        }

        return await FindSessionAsync(context, sessionId, requestId, method);
    }

    private async Task<HttpMcpSession> OpenSessionAsync(HttpContext context)
    {
        var id = SseResponse.NewSessionId();
        var transport = new StreamableHttpServerTransport(_loggerFactory) { SessionId = id };
        var serverOptions = _serverOptionsFactory(new McpSessionRequest(context.User, id, context.Request.Headers[VersionHeader].ToString()));
        // Not the request's services: they are disposed when this first request ends, and the session lives on.
        var server = McpServer.Create(transport, serverOptions, _loggerFactory, serviceProvider: null);
        var userId = McpUser.IdOf(context.User);
        var session = new HttpMcpSession(id, transport, server, userId, _time.GetTimestamp());
        session.RunTask = server.RunAsync(session.Closed);
        _sessions[id] = session;
        context.Response.Headers[SessionHeader] = id;
        if (_observer is not null)
        {
            await _observer.OnSessionChangedAsync(id, userId, opened: true, "initialize");
        }

        return session;
    }

    private async Task<HttpMcpSession?> FindSessionAsync(HttpContext context, string sessionId, RequestId requestId, string? method)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            await RejectAsync(context, StatusCodes.Status404NotFound, -32001, "Session not found: the Mcp-Session-Id is unknown or expired", requestId, method);
            return null;
        }

        if (!string.Equals(session.UserId, McpUser.IdOf(context.User), StringComparison.Ordinal))
        {
            await RejectAsync(context, StatusCodes.Status403Forbidden, -32600,
                "Forbidden: the session belongs to another principal", requestId, method);
            return null;
        }

        context.Response.Headers[SessionHeader] = session.Id;
        return session;
    }

    private async Task<bool> RemoveAsync(string sessionId, string reason)
    {
        if (!_sessions.TryRemove(sessionId, out var session))
        {
            return false;
        }

        await session.DisposeAsync();
        if (_observer is not null)
        {
            await _observer.OnSessionChangedAsync(session.Id, session.UserId, opened: false, reason);
        }

        return true;
    }

    private async Task SweepIdleAsync()
    {
        var now = _time.GetTimestamp();
        foreach (var session in _sessions.Values)
        {
            if (!session.IsBusy && _time.GetElapsedTime(session.LastActivity, now) > _options.IdleSessionTimeout)
            {
                await RemoveAsync(session.Id, "idle timeout");
            }
        }
    }
}
