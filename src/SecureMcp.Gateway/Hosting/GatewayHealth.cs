using SecureMcp.Gateway.Upstreams;

namespace SecureMcp.Gateway.Hosting;

/// <summary>The health document served at <c>/healthz</c>.</summary>
/// <param name="Status"><c>ok</c> when every upstream is healthy, <c>degraded</c> when some are, <c>down</c> when none is.</param>
/// <param name="Upstreams">Each upstream's state.</param>
/// <param name="Sessions">Open downstream HTTP sessions.</param>
public sealed record GatewayHealth(string Status, IReadOnlyList<UpstreamHealth> Upstreams, int Sessions);

/// <summary>The health of one upstream.</summary>
public sealed record UpstreamHealth(string Name, string State, int Tools, int Restarts, string? LastError, string? ProtocolVersion);

/// <summary>Builds the health document.</summary>
internal static class GatewayHealthReport
{
    public static GatewayHealth Build(IReadOnlyList<UpstreamConnection> upstreams, int sessions)
    {
        var list = upstreams.Select(u => new UpstreamHealth(u.Name, u.State.ToString().ToLowerInvariant(), u.Catalog.Tools.Count,
            u.Restarts, u.LastError, u.NegotiatedProtocolVersion)).ToList();
        var healthy = upstreams.Count(u => u.State == UpstreamState.Healthy);
        var status = healthy == upstreams.Count ? "ok" : healthy > 0 ? "degraded" : "down";
        return new GatewayHealth(status, list, sessions);
    }
}
