namespace SecureMcp.Policy.Incidents;

/// <summary>One quarantined principal, tool or upstream.</summary>
/// <param name="Kind">What is quarantined.</param>
/// <param name="Subject">The principal id, tool name or upstream name.</param>
/// <param name="Reason">Why (the incident rule and event).</param>
/// <param name="Since">When it started.</param>
/// <param name="IncidentId">The incident that caused it, if automatic.</param>
internal sealed record QuarantineEntry(QuarantineKind Kind, string Subject, string Reason, DateTimeOffset Since, string? IncidentId);
