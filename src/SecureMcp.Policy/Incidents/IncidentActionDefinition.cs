namespace SecureMcp.Policy.Incidents;

/// <summary>One action of an incident rule.</summary>
/// <param name="Kind">The action.</param>
/// <param name="Limit">For <see cref="IncidentActionKind.TightenRateLimit"/>: calls allowed per <paramref name="Period"/>.</param>
/// <param name="Period">For tighten: the window of the temporary limit.</param>
/// <param name="Duration">For tighten: how long the temporary limit lasts.</param>
internal sealed record IncidentActionDefinition(IncidentActionKind Kind, int Limit = 0, TimeSpan Period = default, TimeSpan Duration = default);
