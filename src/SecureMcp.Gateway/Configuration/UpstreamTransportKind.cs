namespace SecureMcp.Gateway.Configuration;

/// <summary>How the gateway reaches an upstream MCP server.</summary>
public enum UpstreamTransportKind
{
    /// <summary>Start a process and speak MCP over its stdin and stdout.</summary>
    Stdio,

    /// <summary>Connect to a Streamable HTTP endpoint.</summary>
    Http,
}
