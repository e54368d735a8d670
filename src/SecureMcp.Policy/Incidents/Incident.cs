using SecureMcp.Core.Events;

namespace SecureMcp.Policy.Incidents;

/// <summary>One firing of an incident rule: the event that tipped it, and what was done.</summary>
/// <param name="Id">Incident id (<c>inc-000001</c>).</param>
/// <param name="RuleId">The incident rule that fired.</param>
/// <param name="Subject">The principal or target the events were about.</param>
/// <param name="Trigger">The event that fired the rule.</param>
/// <param name="EventCount">How many matching events fell in the window.</param>
/// <param name="Actions">Each action with its outcome (<c>quarantine-principal: done</c>).</param>
/// <param name="At">When it fired.</param>
internal sealed record Incident(string Id, string RuleId, string Subject, SecurityEvent Trigger, int EventCount, IReadOnlyList<string> Actions, DateTimeOffset At);
