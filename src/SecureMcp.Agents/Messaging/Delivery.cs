namespace SecureMcp.Agents.Messaging;

/// <summary>Whether one peer accepted a sealed item, and why not if it did not.</summary>
internal sealed record Delivery(string Agent, string Endpoint, bool Delivered, string? Error);
