using System.Collections.Concurrent;

namespace SecureMcp.ConformanceFixture.Handlers;

/// <summary>The resource URIs one client session has subscribed to.</summary>
internal sealed class ResourceSubscriptions
{
    private readonly ConcurrentDictionary<string, byte> _uris = new(StringComparer.Ordinal);

    public bool Add(string uri) => _uris.TryAdd(uri, 0);

    public bool Remove(string uri) => _uris.TryRemove(uri, out _);

    public bool Contains(string uri) => _uris.ContainsKey(uri);
}
