namespace SecureMcp.Agents.Messaging;

/// <summary>What other agents need to reach this one: its id, peer endpoint, certificate fingerprint and ciphers.</summary>
internal sealed record PeerInfo(string Agent, string Endpoint, string CertificateSha256, IReadOnlyList<string> Ciphers);
