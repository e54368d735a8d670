using System.Collections.Concurrent;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>Maps the progress tokens the gateway sends upstream to the calling client and its own token.</summary>
internal sealed class ProgressRoutes
{
    private readonly ConcurrentDictionary<string, (McpServer Caller, ProgressToken Token)> _routes = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>A fresh upstream token routed to <paramref name="caller"/>'s <paramref name="token"/> until disposed.</summary>
    public (ProgressToken Upstream, IDisposable Registration) Register(McpServer caller, ProgressToken token)
    {
        var id = "gw-" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _routes[id] = (caller, token);
        return (new ProgressToken(id), new Removal(this, id));
    }

    /// <summary>Forwards a progress notification whose token is registered; false if it is not one of ours.</summary>
    public bool TryForward(JsonRpcNotification notification, out Task forwarded)
    {
        forwarded = Task.CompletedTask;
        ProgressNotificationParams? parameters;
        try
        {
            parameters = notification.Params?.Deserialize<ProgressNotificationParams>(McpJsonUtilities.DefaultOptions);
        }
        catch (JsonException)
        {
            return false;
        }

        if (parameters is null || !_routes.TryGetValue(parameters.ProgressToken.ToString() ?? "", out var route))
        {
            return false;
        }

        forwarded = route.Caller.NotifyProgressAsync(route.Token, parameters.Progress);
        return true;
    }

    private sealed class Removal(ProgressRoutes routes, string id) : IDisposable
    {
        public void Dispose() => routes._routes.TryRemove(id, out _);
    }
}
