using System.Collections.Concurrent;
using SecureMcp.Core.Identity;

namespace SecureMcp.Identity.Tokens;

/// <summary>
/// Bounded cache of verified tokens keyed by the token's SHA-256. An entry is used only before the token's <c>exp</c>
/// and only while the revocation epoch it was verified under is still current, so it never outlives either.
/// </summary>
internal sealed class VerifiedTokenCache(int capacity, TimeProvider time)
{
    private readonly ConcurrentDictionary<TokenHash, Entry> _entries = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(TokenHash key, long epoch, out Entry entry)
    {
        if (_entries.TryGetValue(key, out entry!))
        {
            if (entry.Epoch == epoch && time.GetUtcNow() < entry.ExpiresAt)
            {
                return true;
            }

            Remove(key);
        }

        return false;
    }

    public void Add(TokenHash key, Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Count >= capacity)
        {
            Evict();
        }

        if (_entries.TryAdd(key, entry))
        {
            Interlocked.Increment(ref _count);
        }
    }

    private void Remove(TokenHash key)
    {
        if (_entries.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>Drops expired entries; if the cache is still full, drops an arbitrary quarter to make room.</summary>
    private void Evict()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                Remove(key);
            }
        }

        var excess = Count - capacity * 3 / 4;
        foreach (var key in _entries.Keys)
        {
            if (excess-- <= 0)
            {
                break;
            }

            Remove(key);
        }
    }

    /// <summary>One verified token: whom it proves, until when, under which revocation epoch, bound to which certificate.</summary>
    internal sealed record Entry(Principal Principal, DateTimeOffset ExpiresAt, long Epoch, string? ConfirmationThumbprint);
}
