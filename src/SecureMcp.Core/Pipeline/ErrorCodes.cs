namespace SecureMcp.Core.Pipeline;

/// <summary>JSON-RPC error codes the gateway uses beyond the standard ones.</summary>
public static class ErrorCodes
{
    /// <summary>The call was refused by a security stage.</summary>
    public const int Forbidden = -32003;

    /// <summary>The upstream server is unavailable or timed out.</summary>
    public const int UpstreamUnavailable = -32004;

    /// <summary>Standard JSON-RPC: invalid params (also used for unknown tools, as the MCP SDK does).</summary>
    public const int InvalidParams = -32602;
}
