using SecureMcp.Gateway.Auditing;
using SecureMcp.Policy.Incidents;

namespace SecureMcp.Gateway.Authorization;

/// <summary>Writes policy actions (reloads, quarantines, releases, approvals) into the audit chain.</summary>
internal sealed class AuditPolicySink(GatewayAuditor auditor) : IPolicyAuditSink
{
    public ValueTask RecordAsync(string kind, string principal, string action, string outcome, string? reason, string? target = null) =>
        auditor.EventAsync(kind, principal, action, outcome, reason, target);
}
