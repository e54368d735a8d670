using System.Collections.Concurrent;
using SecureMcp.Core.Events;

namespace SecureMcp.Gateway.Tests.Support;

/// <summary>Keeps every published security event for assertions.</summary>
internal sealed class RecordingSink : ISecurityEventSink
{
    private readonly ConcurrentQueue<SecurityEvent> _events = new();

    public IReadOnlyList<SecurityEvent> Events => [.. _events];

    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default)
    {
        _events.Enqueue(securityEvent);
        return ValueTask.CompletedTask;
    }

    public SecurityEvent Single(string kind) => Events.Where(e => e.Kind == kind).ShouldHaveSingleItem();
}
