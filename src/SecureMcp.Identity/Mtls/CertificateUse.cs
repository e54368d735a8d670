namespace SecureMcp.Identity.Mtls;

/// <summary>The role a presented certificate must be fit for.</summary>
internal enum CertificateUse
{
    /// <summary>A TLS client (agent or operator) of the gateway: EKU clientAuth.</summary>
    ClientAuth,

    /// <summary>The gateway's TLS endpoint as seen by an agent: EKU serverAuth, gateway profile.</summary>
    ServerAuth,

    /// <summary>A peer in an agent-to-agent channel or a context-item sender: agent profile, EKU clientAuth.</summary>
    AgentPeer,
}
