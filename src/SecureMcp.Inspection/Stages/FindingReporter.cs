using SecureMcp.Core.Events;
using SecureMcp.Core.Pipeline;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;

namespace SecureMcp.Inspection.Stages;

/// <summary>Turns findings into security events and pipeline decisions, and builds the denial reason.</summary>
internal sealed class FindingReporter(ISecurityEventSink? events, TimeProvider? time)
{
    private readonly ISecurityEventSink _events = events ?? NullSecurityEventSink.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Publishes one event per acted-on finding and adds one decision per stage outcome; returns the blocking findings.</summary>
    public async ValueTask<List<Finding>> ReportAsync(
        string stage, GatewayCallContext context, IEnumerable<(Finding Finding, InspectionAction Action)> findings, CancellationToken cancellationToken)
    {
        var blocking = new List<Finding>();
        var acted = new List<string>();
        foreach (var (finding, action) in findings)
        {
            if (action == InspectionAction.None)
            {
                continue;
            }

            if (action == InspectionAction.Block)
            {
                blocking.Add(finding);
            }

            acted.Add($"{finding.Detector} {Name(finding.Severity)} {Verb(action)} at {finding.Location}");
            await _events.PublishAsync(new SecurityEvent(
                "inspection." + finding.Detector, finding.Severity, context.Principal?.Id, context.Target, finding.Detector,
                finding.Evidence, $"{finding.Explanation} ({Verb(action)} by {stage})", _time.GetUtcNow()), cancellationToken);
        }

        if (acted.Count > 0)
        {
            context.Decisions.Add(new StageDecision(stage, blocking.Count == 0, string.Join("; ", acted.Take(10))));
        }

        return blocking;
    }

    /// <summary>Publishes a non-finding event (pin state, unknown tool).</summary>
    public ValueTask PublishAsync(string kind, SecuritySeverity severity, GatewayCallContext context, string detector, string? evidence, string reason, CancellationToken cancellationToken) =>
        _events.PublishAsync(new SecurityEvent(kind, severity, context.Principal?.Id, context.Target, detector, evidence, reason, _time.GetUtcNow()), cancellationToken);

    /// <summary>The denial text shown to the caller for the most severe blocking finding.</summary>
    public static string Reason(string what, List<Finding> blocking)
    {
        var worst = blocking.OrderByDescending(f => f.Severity).First();
        var more = blocking.Count > 1 ? $" (+{blocking.Count - 1} more)" : "";
        return $"{what}: {worst.Detector} ({Name(worst.Severity)}) at {worst.Location}: {worst.Explanation}{more}";
    }

    public static string Name(SecuritySeverity severity) => severity.ToString().ToUpperInvariant();

    private static string Verb(InspectionAction action) => action switch
    {
        InspectionAction.Block => "blocked",
        InspectionAction.Redact => "redacted",
        _ => "flagged",
    };
}
