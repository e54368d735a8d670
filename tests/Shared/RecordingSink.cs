using System.Collections.Concurrent;
using SecureMcp.Core.Events;
using Shouldly;

namespace SecureMcp.Tests.Shared;

/// <summary>Keeps every published security event for assertions. One source, linked into each test project that needs it.</summary>
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

    public IReadOnlyList<SecurityEvent> OfKind(string kind) => [.. Events.Where(e => e.Kind == kind)];

    /// <summary>Waits until an event of <paramref name="kind"/> arrives (for publishers that report on their own task).</summary>
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
