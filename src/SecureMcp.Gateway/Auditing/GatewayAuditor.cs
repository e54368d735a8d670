using SecureMcp.Core.Audit;
using SecureMcp.Core.Events;
using SecureMcp.Core.Pipeline;

namespace SecureMcp.Gateway.Auditing;

/// <summary>Turns gateway events into audit records: calls, authentication, protocol errors, sessions, upstreams.</summary>
internal sealed class GatewayAuditor
{
    private readonly IAuditStore _store;
    private readonly TimeProvider _time;

    public GatewayAuditor(IAuditStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public IAuditStore Store => _store;

    /// <summary>Records one call that went through the pipeline.</summary>
    public ValueTask CallAsync(GatewayCallContext context, string outcome, string? reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _store.AppendAsync(new AuditRecord
        {
            Timestamp = _time.GetUtcNow(),
            Kind = "call",
            Principal = context.Principal?.Id ?? "anonymous",
            Action = OperationNames.Of(context.Operation),
            Target = context.Target,
            ArgumentsDigest = ArgumentsDigest.Compute(context.Arguments),
            Outcome = outcome,
            Reason = reason,
            LatencyMicros = (long)_time.GetElapsedTime(context.StartTimestamp).TotalMicroseconds,
            SessionId = context.SessionId,
        });
    }

    /// <summary>Records a security event in the shape every audit chain uses (<see cref="SecurityEventRecord"/>).</summary>
    public ValueTask SecurityAsync(SecurityEvent securityEvent) => _store.AppendAsync(SecurityEventRecord.From(securityEvent, _time.GetUtcNow()));

    /// <summary>Records any other event.</summary>
    public ValueTask EventAsync(string kind, string principal, string action, string outcome, string? reason, string? target = null, string? sessionId = null) =>
        _store.AppendAsync(new AuditRecord
        {
            Timestamp = _time.GetUtcNow(),
            Kind = kind,
            Principal = principal,
            Action = action,
            Target = target,
            Outcome = outcome,
            Reason = reason,
            SessionId = sessionId,
        });
}
