namespace SecureMcp.Core.Trust;

/// <summary>One point of a subject's trust over time, for the dashboard plot.</summary>
/// <param name="Subject">The agent or upstream server.</param>
/// <param name="Capability">The capability.</param>
/// <param name="Timestamp">When the score was computed.</param>
/// <param name="Score">The combined score in [0, 1].</param>
public readonly record struct TrustHistoryPoint(string Subject, string Capability, DateTimeOffset Timestamp, double Score);
