namespace SecureMcp.Agents.Messaging;

/// <summary>The result of <c>read_context</c> without an id: every held item addressed to this agent, opened, and the rest.</summary>
internal sealed record ContextReading(IReadOnlyList<OpenedContext> Items, IReadOnlyList<UnreadContext> Unread);
