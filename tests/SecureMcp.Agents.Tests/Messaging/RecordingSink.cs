using System.Collections.Concurrent;
using SecureMcp.Core.Events;

namespace SecureMcp.Agents.Tests.Messaging;

/// <summary>Keeps every event one agent publishes, for assertions on that agent's own trail.</summary>
internal sealed class RecordingSink : ISecurityEventSink
{
    private readonly ConcurrentQueue<SecurityEvent> _events = new();

    public IReadOnlyList<SecurityEvent> Events => [.. _events];

    public ValueTask PublishAsync(SecurityEvent securityEvent, CancellationToken cancellationToken = default)
    {
        _events.Enqueue(securityEvent);
        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<SecurityEvent> OfKind(string kind) => [.. Events.Where(e => e.Kind == kind)];

    /// <summary>Waits until an event of <paramref name="kind"/> arrives (the listener reports on its own task).</summary>
    public async Task<SecurityEvent> WaitForAsync(string kind, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (Events.FirstOrDefault(e => e.Kind == kind) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no '{kind}' event; saw: {string.Join(", ", Events.Select(e => e.Kind))}");
    }
}
