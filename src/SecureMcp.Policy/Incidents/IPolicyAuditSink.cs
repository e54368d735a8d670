namespace SecureMcp.Policy.Incidents;

/// <summary>Where the policy components write audit records: quarantines, releases, approvals, reloads, alerts.</summary>
/// <remarks>The gateway adapts this to its audit chain (kind, principal, action, outcome, reason, target).</remarks>
internal interface IPolicyAuditSink
{
    /// <summary>Writes one record. <paramref name="kind"/> is <c>security</c> or <c>admin</c>; <paramref name="action"/> names what happened (<c>quarantine/principal</c> …).</summary>
    ValueTask RecordAsync(string kind, string principal, string action, string outcome, string? reason, string? target = null);
}
