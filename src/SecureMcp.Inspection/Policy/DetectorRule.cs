using SecureMcp.Core.Events;

namespace SecureMcp.Inspection.Policy;

/// <summary>Severity thresholds of one detector: at or above <see cref="BlockAt"/> block, else redact, else flag.</summary>
/// <param name="BlockAt">Lowest severity that blocks; null = never.</param>
/// <param name="RedactAt">Lowest severity that redacts; null = never.</param>
/// <param name="FlagAt">Lowest severity that is flagged; null = never.</param>
public sealed record DetectorRule(SecuritySeverity? BlockAt, SecuritySeverity? RedactAt, SecuritySeverity? FlagAt)
{
    /// <summary>The action for a finding of <paramref name="severity"/>.</summary>
    public InspectionAction Decide(SecuritySeverity severity) =>
        severity >= BlockAt ? InspectionAction.Block
        : severity >= RedactAt ? InspectionAction.Redact
        : severity >= FlagAt ? InspectionAction.Flag
        : InspectionAction.None;
}
