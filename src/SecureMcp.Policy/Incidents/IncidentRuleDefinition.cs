using SecureMcp.Core.Events;

namespace SecureMcp.Policy.Incidents;

/// <summary>A rule of automated incident response: which events, how many within what time, and what to do.</summary>
/// <param name="Id">Rule id, named in incidents and audit records.</param>
/// <param name="Kinds">Event kind globs (<c>policy.denied</c>, <c>inspection.*</c>); empty matches every kind.</param>
/// <param name="MinSeverity">The least severity that counts.</param>
/// <param name="Count">How many matching events fire the rule.</param>
/// <param name="Within">The sliding window the events must fall in.</param>
/// <param name="Actions">What to do.</param>
/// <param name="Line">The line in the policy file.</param>
internal sealed record IncidentRuleDefinition(
    string Id,
    IReadOnlyList<string> Kinds,
    SecuritySeverity MinSeverity,
    int Count,
    TimeSpan Within,
    IReadOnlyList<IncidentActionDefinition> Actions,
    int Line = 0);
