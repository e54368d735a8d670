namespace SecureMcp.Agents.Messaging;

/// <summary>The result of <c>share_context</c>: the sealed item's id and one delivery per recipient.</summary>
internal sealed record ShareOutcome(string Id, string Name, IReadOnlyList<string> Recipients, IReadOnlyList<Delivery> Deliveries);
