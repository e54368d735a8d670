namespace SecureMcp.Agents.Messaging;

/// <summary>A context item this agent opened: who sealed it, to whom, who delivered it, and the content.</summary>
internal sealed record OpenedContext(
    string Id,
    string Name,
    string Sender,
    IReadOnlyList<string> Recipients,
    string ReceivedFrom,
    DateTimeOffset CreatedAt,
    string Content);
