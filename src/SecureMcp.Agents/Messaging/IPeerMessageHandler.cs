using SecureMcp.Core.Identity;

namespace SecureMcp.Agents.Messaging;

/// <summary>Answers one authenticated request from a peer.</summary>
internal interface IPeerMessageHandler
{
    /// <summary>Handles <paramref name="request"/> from the authenticated <paramref name="peer"/>; returns the reply (never throws for bad input).</summary>
    PeerMessage Handle(PeerMessage request, Principal peer);
}
