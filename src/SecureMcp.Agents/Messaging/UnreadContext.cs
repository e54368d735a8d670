namespace SecureMcp.Agents.Messaging;

/// <summary>A held item that was not opened, and why (not addressed to this agent, or refused on open).</summary>
internal sealed record UnreadContext(string Id, string Name, string Sender, string Reason);
