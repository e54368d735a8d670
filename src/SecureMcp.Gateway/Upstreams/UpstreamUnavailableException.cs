using ModelContextProtocol;
using SecureMcp.Core.Pipeline;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>The upstream that owns a tool is down or timed out; answered as a JSON-RPC error.</summary>
internal static class UpstreamErrors
{
    public static McpProtocolException Unavailable(string upstream, string why) =>
        new($"Upstream '{upstream}' is unavailable: {why}", (McpErrorCode)ErrorCodes.UpstreamUnavailable);

    public static McpProtocolException TimedOut(string upstream, TimeSpan timeout) =>
        new($"Upstream '{upstream}' did not answer within {timeout.TotalSeconds:0.###} s", (McpErrorCode)ErrorCodes.UpstreamUnavailable);
}
