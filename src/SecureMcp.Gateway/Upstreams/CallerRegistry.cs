using System.Collections.Concurrent;
using ModelContextProtocol.Server;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>Tracks which downstream clients have calls in flight on an upstream, to route its requests back.</summary>
/// <remarks>
/// An upstream may send sampling, elicitation or roots requests while it serves a call. Over a shared connection
/// the request does not say which call caused it, so it goes to the caller when the flowing execution context names
/// it, or when exactly one caller is in flight; otherwise it is refused rather than sent to the wrong client.
/// </remarks>
internal sealed class CallerRegistry
{
    private static readonly AsyncLocal<McpServer?> s_current = new();
    private readonly ConcurrentDictionary<long, McpServer> _inFlight = new();
    private long _next;

    /// <summary>Marks a downstream caller as in flight until the returned handle is disposed.</summary>
    public IDisposable Enter(McpServer caller)
    {
        var id = Interlocked.Increment(ref _next);
        _inFlight[id] = caller;
        s_current.Value = caller;
        return new Leave(this, id);
    }

    /// <summary>The downstream client to route a server-to-client request to, or null if it cannot be told.</summary>
    public McpServer? Resolve()
    {
        if (s_current.Value is { } current)
        {
            return current;
        }

        var callers = _inFlight.Values.Distinct().Take(2).ToList();
        return callers.Count == 1 ? callers[0] : null;
    }

    /// <summary>Every distinct downstream client with a call in flight (for logging notifications).</summary>
    public IReadOnlyList<McpServer> InFlight() => _inFlight.Values.Distinct().ToList();

    private sealed class Leave(CallerRegistry registry, long id) : IDisposable
    {
        public void Dispose()
        {
            registry._inFlight.TryRemove(id, out _);
            s_current.Value = null;
        }
    }
}
