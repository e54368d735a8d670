using SecureMcp.Core.Events;

namespace SecureMcp.Gateway.Auditing;

/// <summary>Writes every security event into the audit chain (kind <c>security</c>), then passes it on to other sinks.</summary>
/// <remarks>The other sinks (incident response, alerts) see the event after it is safely queued for the audit trail.</remarks>
internal sealed class AuditEventSink(GatewayAuditor auditor) : ISecurityEventSink
{
    private readonly List<ISecurityEventSink> _next = [];

    /// <summary>Adds a sink that receives every event after it is audited.</summary>
    public void Forward(ISecurityEventSink sink) => _next.Add(sink);

    public async ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(securityEvent);
        await auditor.SecurityAsync(securityEvent);
        foreach (var sink in _next)
        {
            await sink.PublishAsync(securityEvent, cancellationToken);
        }
    }
}
