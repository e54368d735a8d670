namespace SecureMcp.Agents.Execution;

/// <summary>The outcome of one step.</summary>
public sealed record StepOutcome(string Id, string Tool, bool Succeeded, double DurationMs, string? Error);
