using Microsoft.AspNetCore.Http;

namespace SecureMcp.Hosting;

// GET (the server-to-client event stream of a session) and DELETE (the client ends its session).
public sealed partial class McpHttpEndpoint
{
    private async Task HandleGetAsync(HttpContext context)
    {
        if (ProtocolRevisions.IsStateless(context.Request.Headers[VersionHeader].ToString()))
        {
            context.Response.Headers.Allow = "POST";
            await RejectAsync(context, StatusCodes.Status405MethodNotAllowed, -32600,
                "Method Not Allowed: protocol 2026-07-28 has no GET stream; use subscriptions/listen", default, null);
            return;
        }

        if (!context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            await RejectAsync(context, StatusCodes.Status406NotAcceptable, -32600, "Not Acceptable: the client must accept text/event-stream", default, null);
            return;
        }

        var sessionId = context.Request.Headers[SessionHeader].ToString();
        if (string.IsNullOrEmpty(sessionId))
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, -32600, "Bad Request: Mcp-Session-Id is required", default, null);
            return;
        }

        var session = await FindSessionAsync(context, sessionId, default, null);
        if (session is null)
        {
            return;
        }

        if (!session.TryStartGet())
        {
            await RejectAsync(context, StatusCodes.Status409Conflict, -32600, "Conflict: this session already has a GET stream", default, null);
            return;
        }

        using (session.Enter())
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, session.Closed);
            SseResponse.Prepare(context);
            try
            {
                await context.Response.Body.FlushAsync(linked.Token);
                await session.Transport.HandleGetRequestAsync(context.Response.Body, linked.Token);
            }
            catch (OperationCanceledException)
            {
                // The client went away or the session closed.
            }
        }
    }

    private async Task HandleDeleteAsync(HttpContext context)
    {
        var sessionId = context.Request.Headers[SessionHeader].ToString();
        if (string.IsNullOrEmpty(sessionId))
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, -32600, "Bad Request: Mcp-Session-Id is required", default, null);
            return;
        }

        var session = await FindSessionAsync(context, sessionId, default, null);
        if (session is null)
        {
            return;
        }

        await RemoveAsync(session.Id, "closed by client");
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
