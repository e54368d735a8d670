using System.Collections.Concurrent;
using SecureMcp.Core.Events;

namespace SecureMcp.Policy.Tests.Support;

internal sealed class RecordingEventSink : ISecurityEventSink
{
    public ConcurrentQueue<SecurityEvent> Events { get; } = new();

    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(securityEvent);
        return ValueTask.CompletedTask;
    }
}
