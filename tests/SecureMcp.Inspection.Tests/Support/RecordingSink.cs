using System.Collections.Concurrent;
using SecureMcp.Core.Events;

namespace SecureMcp.Inspection.Tests.Support;

internal sealed class RecordingSink : ISecurityEventSink
{
    private readonly ConcurrentQueue<SecurityEvent> _events = new();

    public IReadOnlyList<SecurityEvent> Events => _events.ToArray();

    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default)
    {
        _events.Enqueue(securityEvent);
        return ValueTask.CompletedTask;
    }
}
