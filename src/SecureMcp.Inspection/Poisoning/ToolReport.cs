using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Risk;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>The inspection result of one tool: its risk and its poisoning findings.</summary>
/// <param name="Server">The upstream server.</param>
/// <param name="Tool">The tool name as the upstream knows it.</param>
/// <param name="Risk">The risk classification.</param>
/// <param name="Findings">The poisoning findings, most severe first.</param>
public sealed record ToolReport(string Server, string Tool, ToolRisk Risk, IReadOnlyList<Finding> Findings)
{
    /// <summary>The most severe finding's severity, or <see cref="SecuritySeverity.Info"/> when there is none.</summary>
    public SecuritySeverity MaxSeverity => Findings.Count == 0 ? SecuritySeverity.Info : Findings.Max(f => f.Severity);
}
