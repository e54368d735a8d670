namespace SecureMcp.Gateway;

/// <summary>Name and version the gateway reports to clients and upstreams.</summary>
public static class GatewayInfo
{
    /// <summary>Server name.</summary>
    public const string Name = "securemcp-gateway";

    /// <summary>Product version.</summary>
    public const string Version = "0.1.0";
}
