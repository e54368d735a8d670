using System.Collections.Concurrent;

namespace SecureMcp.Agents.Messaging;

/// <summary>The sealed items delivered to this agent, bounded in number, in arrival order.</summary>
internal sealed class ContextInbox(int capacity)
{
    private readonly ConcurrentDictionary<string, ReceivedContext> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count => _items.Count;

    /// <returns>Null if the item is now held (or the very same item already was), else why it was refused.</returns>
    public string? Add(ReceivedContext received)
    {
        ArgumentNullException.ThrowIfNull(received);
        lock (_gate)
        {
            if (_items.TryGetValue(received.Item.Id, out var held))
            {
                // A second delivery of the same signed item (a relay, a retry) is harmless; a different item under a held id is not.
                return held.Item.Signature.AsSpan().SequenceEqual(received.Item.Signature) ? null : "a different item with this id is already held";
            }

            if (_items.Count >= capacity)
            {
                return $"the agent already holds {capacity} items";
            }

            _items[received.Item.Id] = received;
            return null;
        }
    }

    public ReceivedContext? Get(string id) => _items.GetValueOrDefault(id);

    public IReadOnlyList<ReceivedContext> All() => [.. _items.Values.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Item.Id, StringComparer.Ordinal)];
}
