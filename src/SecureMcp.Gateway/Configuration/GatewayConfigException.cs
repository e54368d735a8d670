namespace SecureMcp.Gateway.Configuration;

/// <summary>A configuration problem, naming the key (and line, when known) at fault. Start-up stops with it.</summary>
public sealed class GatewayConfigException : Exception
{
    public GatewayConfigException()
    {
    }

    public GatewayConfigException(string message)
        : base(message)
    {
    }

    public GatewayConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
