using SecureMcp.Core.Events;

namespace SecureMcp.Inspection.Stages;

/// <summary>Drops every event (when the gateway wires no sink).</summary>
internal sealed class NullSecurityEventSink : ISecurityEventSink
{
    public static NullSecurityEventSink Instance { get; } = new();

    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
