namespace SecureMcp.Agents.Hosting;

/// <summary>How an agent authenticates to the gateway.</summary>
public enum AgentAuthMode
{
    /// <summary>A bearer API key.</summary>
    ApiKey,

    /// <summary>A TLS client certificate from our CA.</summary>
    Mtls,

    /// <summary>A short-lived ES256 access token, obtained with a client assertion signed by the agent's certificate key.</summary>
    Token,
}
