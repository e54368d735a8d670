using System.Collections.Concurrent;
using SecureMcp.Trust.Config;

namespace SecureMcp.Trust.Direct;

/// <summary>Thread-safe map of (subject, capability) to direct-trust evidence.</summary>
internal sealed class DirectTrustTable(DirectTrustOptions options)
{
    private readonly ConcurrentDictionary<SubjectKey, DirectTrustRecord> _records = new();

    public int Count => _records.Count;

    public IEnumerable<KeyValuePair<SubjectKey, DirectTrustRecord>> Records => _records;

    public TrustScore Score(SubjectKey key)
    {
        if (!_records.TryGetValue(key, out var record))
        {
            return ScoreCalculator.Score(key, null, options);
        }

        lock (record)
        {
            return ScoreCalculator.Score(key, record, options);
        }
    }

    public BetaEvidence Evidence(SubjectKey key, TrustDimension dimension)
    {
        if (!_records.TryGetValue(key, out var record))
        {
            return BetaEvidence.None;
        }

        lock (record)
        {
            return record[dimension];
        }
    }

    public IReadOnlyList<SecureMcp.Core.Trust.TrustHistoryPoint> History(SubjectKey key)
    {
        if (!_records.TryGetValue(key, out var record))
        {
            return [];
        }

        lock (record)
        {
            return record.History?.Snapshot() ?? [];
        }
    }

    public DirectTrustRecord GetOrAdd(SubjectKey key) => _records.GetOrAdd(key, static _ => new DirectTrustRecord());
}
