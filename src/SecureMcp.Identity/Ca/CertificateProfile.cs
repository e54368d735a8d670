namespace SecureMcp.Identity.Ca;

/// <summary>What an issued certificate is for; decides its key usages, extended key usages and names.</summary>
public enum CertificateProfile
{
    /// <summary>An agent: TLS client to the gateway, and either side of an agent-to-agent channel.</summary>
    Agent = 1,

    /// <summary>The gateway's TLS endpoint: server authentication, SAN DNS <c>localhost</c> and IP <c>127.0.0.1</c>.</summary>
    Gateway = 2,

    /// <summary>A human operator: TLS client to the admin API.</summary>
    Operator = 3,
}
