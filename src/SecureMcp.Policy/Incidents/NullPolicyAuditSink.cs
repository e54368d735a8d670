namespace SecureMcp.Policy.Incidents;

/// <summary>An audit sink that drops records (tests, offline tools).</summary>
internal sealed class NullPolicyAuditSink : IPolicyAuditSink
{
    public static readonly NullPolicyAuditSink Instance = new();

    public ValueTask RecordAsync(string kind, string principal, string action, string outcome, string? reason, string? target = null) => ValueTask.CompletedTask;
}
