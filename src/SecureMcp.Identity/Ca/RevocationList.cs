using SecureMcp.Storage.Identity;

namespace SecureMcp.Identity.Ca;

/// <summary>The CA's revocations as an in-memory set, checked on every handshake and token validation.</summary>
/// <remarks>
/// The set is reloaded when the store's revocation epoch moves. The epoch is read at most once per refresh interval
/// (1 s by default), so a revocation made by another process (<c>securemcp ca revoke</c>) takes effect within that
/// interval, and one made through this instance takes effect at once.
/// </remarks>
internal sealed class RevocationList
{
    private readonly SqliteCertificateStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshInterval;
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot;

    public RevocationList(SqliteCertificateStore store, TimeProvider time, TimeSpan refreshInterval)
    {
        _store = store;
        _time = time;
        _refreshInterval = refreshInterval;
        _snapshot = Load(time.GetUtcNow());
    }

    /// <summary>Grows with every revocation; a cached decision made under an older epoch must be re-checked.</summary>
    public long Epoch => Current().Epoch;

    public bool IsRevoked(string serial) => Current().Serials.Contains(serial);

    /// <summary>Reloads now (after a revocation through this process).</summary>
    public void Refresh()
    {
        lock (_gate)
        {
            _snapshot = Load(_time.GetUtcNow());
        }
    }

    private Snapshot Current()
    {
        var snapshot = _snapshot;
        var now = _time.GetUtcNow();
        if (now - snapshot.CheckedAt < _refreshInterval)
        {
            return snapshot;
        }

        lock (_gate)
        {
            snapshot = _snapshot;
            if (now - snapshot.CheckedAt < _refreshInterval)
            {
                return snapshot;
            }

            var epoch = _store.RevocationEpoch();
            _snapshot = epoch == snapshot.Epoch ? snapshot with { CheckedAt = now } : Load(now);
            return _snapshot;
        }
    }

    private Snapshot Load(DateTimeOffset now)
    {
        // Epoch first: a revocation landing between the two reads leaves an older epoch with a newer set, which only
        // causes one extra reload, never a missed revocation.
        var epoch = _store.RevocationEpoch();
        return new Snapshot(_store.RevokedSerials(), epoch, now);
    }

    private sealed record Snapshot(IReadOnlySet<string> Serials, long Epoch, DateTimeOffset CheckedAt);
}
