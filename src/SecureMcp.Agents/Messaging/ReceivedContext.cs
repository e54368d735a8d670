using SecureMcp.Identity.Context;

namespace SecureMcp.Agents.Messaging;

/// <summary>A sealed item this agent holds, with the peer that delivered it (not necessarily its sender).</summary>
internal sealed record ReceivedContext(SealedContextItem Item, string ReceivedFrom, DateTimeOffset ReceivedAt);
