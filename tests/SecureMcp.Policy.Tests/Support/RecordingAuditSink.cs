using System.Collections.Concurrent;
using SecureMcp.Policy.Incidents;

namespace SecureMcp.Policy.Tests.Support;

internal sealed class RecordingAuditSink : IPolicyAuditSink
{
    public ConcurrentQueue<(string Kind, string Principal, string Action, string Outcome, string? Reason)> Records { get; } = new();

    public ValueTask RecordAsync(string kind, string principal, string action, string outcome, string? reason, string? target = null)
    {
        Records.Enqueue((kind, principal, action, outcome, reason));
        return ValueTask.CompletedTask;
    }
}
