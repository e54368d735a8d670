using System.Net;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Agents.Behavior;

namespace SecureMcp.Agents.Hosting;

/// <summary>Who an agent is and where it works.</summary>
public sealed record AgentOptions
{
    /// <summary>The agent's id; also the principal its API key authenticates as at the gateway.</summary>
    public required string Id { get; init; }

    /// <summary>The gateway's MCP endpoint.</summary>
    public required Uri GatewayUrl { get; init; }

    /// <summary>How the agent proves who it is to the gateway.</summary>
    public AgentAuthMode Auth { get; init; } = AgentAuthMode.ApiKey;

    /// <summary>The agent's API key (for <see cref="AgentAuthMode.ApiKey"/>).</summary>
    public string ApiKey { get; init; } = "";

    /// <summary>The agent's certificate with its private key, issued by our CA (for mTLS and tokens).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; init; }

    /// <summary>Our CA's root: the only anchor the agent trusts for the gateway's TLS certificate.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? TrustedRoot { get; init; }

    /// <summary>Capabilities the agent declares.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>Configured behaviour (honest unless evaluating).</summary>
    public AgentBehavior Behavior { get; init; } = AgentBehavior.Honest;

    /// <summary>Where the agent accepts secure channels from other agents (loopback only; port 0 picks a free port); null: no peer messaging.</summary>
    public IPEndPoint? PeerListen { get; init; }

    /// <summary>Our CA's directory (its <c>root.crt</c> and <c>ca.db</c>): the trust anchor and revocation list for peers.</summary>
    public string? CaDirectory { get; init; }

    /// <summary>The agent's own tamper-evident audit chain (SQLite); required with <see cref="PeerListen"/>.</summary>
    public string? AuditPath { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new ArgumentException("agent.id is required");
        }

        if (!GatewayUrl.IsAbsoluteUri || (GatewayUrl.Scheme != "http" && GatewayUrl.Scheme != "https"))
        {
            throw new ArgumentException($"agent.gateway must be an http or https URL (got '{GatewayUrl}')");
        }

        if (Auth == AgentAuthMode.ApiKey && string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("agent.key is required (pass the name of an environment variable holding it)");
        }

        if (Auth != AgentAuthMode.ApiKey && (Certificate is null || !Certificate.HasPrivateKey))
        {
            throw new ArgumentException($"agent.cert and agent.key files are required for auth '{Auth}'");
        }

        if (GatewayUrl.Scheme == "https" && TrustedRoot is null)
        {
            throw new ArgumentException("agent.caRoot is required for an https gateway (the agent trusts only our CA)");
        }

        if (PeerListen is not null)
        {
            ValidatePeerMessaging(PeerListen);
        }
    }

    private void ValidatePeerMessaging(IPEndPoint listen)
    {
        if (!IPAddress.IsLoopback(listen.Address))
        {
            throw new ArgumentException($"agent.peerListen must be a loopback address such as 127.0.0.1:0 (got '{listen}')");
        }

        if (Certificate is null || !Certificate.HasPrivateKey)
        {
            throw new ArgumentException("agent.cert and agent.key files are required for agent.peerListen (the certificate is the agent's identity to its peers)");
        }

        var subject = Certificate.GetNameInfo(X509NameType.SimpleName, false);
        if (!string.Equals(subject, Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"agent.cert is issued to '{subject}', not to agent '{Id}'");
        }

        if (string.IsNullOrWhiteSpace(CaDirectory))
        {
            throw new ArgumentException("agent.caDir is required for agent.peerListen (peers are checked against our CA and its revocations)");
        }

        if (string.IsNullOrWhiteSpace(AuditPath))
        {
            throw new ArgumentException("agent.audit is required for agent.peerListen (every share, open and refusal is audited)");
        }
    }
}
