using ModelContextProtocol.Protocol;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;

namespace SecureMcp.Inspection.Results;

/// <summary>The outcome of inspecting one tool result.</summary>
/// <param name="Findings">Every finding with the action the policy chose for it.</param>
/// <param name="Result">The result to return: the original, or a copy with redactions applied.</param>
public sealed record ResultInspection(IReadOnlyList<(Finding Finding, InspectionAction Action)> Findings, CallToolResult Result)
{
    /// <summary>True if some finding's action is <see cref="InspectionAction.Block"/>.</summary>
    public bool Blocked => Findings.Any(f => f.Action == InspectionAction.Block);

    /// <summary>The number of redactions applied.</summary>
    public int Redactions => Findings.Count(f => f.Action == InspectionAction.Redact);
}
