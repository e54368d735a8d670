namespace SecureMcp.Core.Events;

/// <summary>Receives security events from every stage (audit, incident response, dashboards).</summary>
public interface ISecurityEventSink
{
    /// <summary>Publishes one event. Implementations must not throw for a well-formed event and should return quickly.</summary>
    ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default);
}
