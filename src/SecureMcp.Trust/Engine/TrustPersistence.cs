using SecureMcp.Core.Trust;
using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Engine;

/// <summary>Maps engine state to and from <see cref="ITrustStore"/> rows.</summary>
internal static class TrustPersistence
{
    public static async Task SaveAsync(TrustEngine engine, ITrustStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = new List<TrustEvidenceRow>();
        foreach (var (key, record) in engine.Direct.Records)
        {
            lock (record)
            {
                foreach (var dimension in Enum.GetValues<TrustDimension>())
                {
                    var e = record[dimension];
                    rows.Add(new TrustEvidenceRow(
                        key.Subject, key.Capability, dimension.ToString(), e.Positive, e.Negative, record.Observations, record.LastUpdated));
                }
            }
        }

        await store.SaveEvidenceAsync(rows, ct);
        var credibility = engine.Witnesses.CredibilitySnapshot()
            .Select(kv => new WitnessCredibilityRow(kv.Key, kv.Value.Positive, kv.Value.Negative))
            .ToArray();
        await store.SaveCredibilityAsync(credibility, ct);
        await store.AppendHistoryAsync(engine.DrainUnsavedHistory(), ct);
    }

    public static async Task LoadAsync(TrustEngine engine, ITrustStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var row in await store.LoadEvidenceAsync(ct))
        {
            if (!Enum.TryParse<TrustDimension>(row.Dimension, out var dimension))
            {
                continue;
            }

            var record = engine.Direct.GetOrAdd(new SubjectKey(row.Subject, row.Capability));
            lock (record)
            {
                record.Restore(dimension, new BetaEvidence(row.Positive, row.Negative), row.Observations, row.UpdatedAt);
            }
        }

        foreach (var row in await store.LoadCredibilityAsync(ct))
        {
            engine.Witnesses.RestoreCredibility(row.Witness, new BetaEvidence(row.Agreement, row.Disagreement));
        }
    }
}
