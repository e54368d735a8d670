using SecureMcp.Core.Events;
using SecureMcp.Inspection.Poisoning;

namespace SecureMcp.Inspection.Scanning;

/// <summary>The reports of every scanned tool, in server and list order.</summary>
/// <param name="Tools">One report per tool.</param>
public sealed record ScanResult(IReadOnlyList<ToolReport> Tools)
{
    /// <summary>True if any finding is HIGH or CRITICAL (<c>securemcp scan</c> exits with 1).</summary>
    public bool HasHighFindings => Tools.Any(t => t.Findings.Any(f => f.Severity >= SecuritySeverity.High));

    /// <summary>The process exit code for CI gating: 1 on a HIGH or CRITICAL finding, else 0.</summary>
    public int ExitCode => HasHighFindings ? 1 : 0;
}
