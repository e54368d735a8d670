namespace SecureMcp.Core.Audit;

/// <summary>Append-only store of the audit chain.</summary>
public interface IAuditStore
{
    /// <summary>Queues a record. The store's single writer assigns sequence, previous hash and hash in order.</summary>
    /// <remarks>The record is durable once <see cref="FlushAsync"/> returns, or within the store's batch interval.</remarks>
    ValueTask AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Reads records in chain order, starting after <paramref name="afterSequence"/>.</summary>
    IAsyncEnumerable<AuditRecord> ReadAsync(long afterSequence = 0, CancellationToken cancellationToken = default);

    /// <summary>The number of records.</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Waits until every record appended so far is durable.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
