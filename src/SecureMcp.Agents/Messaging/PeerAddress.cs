using System.Net;

namespace SecureMcp.Agents.Messaging;

/// <summary>An agent and the peer endpoint it announced; the handshake must prove the endpoint is that agent.</summary>
internal sealed record PeerAddress(string Agent, IPEndPoint Endpoint);
