using ModelContextProtocol;
using SecureMcp.Core.Pipeline;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>The errors answered when the upstream that owns a target is down or too slow.</summary>
internal static class UpstreamErrors
{
    public static McpProtocolException Unavailable(string upstream, string why) =>
        new($"Upstream '{upstream}' is unavailable: {why}", (McpErrorCode)ErrorCodes.UpstreamUnavailable);

    public static McpProtocolException TimedOut(string upstream, TimeSpan timeout) =>
        new($"Upstream '{upstream}' did not answer within {timeout.TotalSeconds:0.###} s", (McpErrorCode)ErrorCodes.UpstreamUnavailable);
}
