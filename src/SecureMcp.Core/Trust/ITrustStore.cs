namespace SecureMcp.Core.Trust;

/// <summary>Durable state of the trust engine: evidence, witness credibility and score history.</summary>
public interface ITrustStore
{
    /// <summary>Inserts or replaces evidence rows, keyed by (subject, capability, dimension), in one transaction.</summary>
    ValueTask SaveEvidenceAsync(IReadOnlyCollection<TrustEvidenceRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Reads every evidence row.</summary>
    ValueTask<IReadOnlyList<TrustEvidenceRow>> LoadEvidenceAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces witness credibility rows.</summary>
    ValueTask SaveCredibilityAsync(IReadOnlyCollection<WitnessCredibilityRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Reads every witness credibility row.</summary>
    ValueTask<IReadOnlyList<WitnessCredibilityRow>> LoadCredibilityAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends score-history points.</summary>
    ValueTask AppendHistoryAsync(IReadOnlyCollection<TrustHistoryPoint> points, CancellationToken cancellationToken = default);

    /// <summary>Reads the history of one subject (all capabilities when <paramref name="capability"/> is null), oldest first, from <paramref name="since"/>.</summary>
    ValueTask<IReadOnlyList<TrustHistoryPoint>> ReadHistoryAsync(
        string subject, string? capability = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}
