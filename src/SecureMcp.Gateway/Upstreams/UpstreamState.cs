namespace SecureMcp.Gateway.Upstreams;

/// <summary>Health of one upstream server.</summary>
public enum UpstreamState
{
    /// <summary>Not connected yet, or reconnecting.</summary>
    Connecting,

    /// <summary>Connected and answering; its tools are offered.</summary>
    Healthy,

    /// <summary>Down; its tools are withdrawn until it is back.</summary>
    Unhealthy,

    /// <summary>Stopped with the gateway.</summary>
    Stopped,
}
