namespace SecureMcp.Core.Audit;

/// <summary>Append-only store of the audit chain.</summary>
public interface IAuditStore
{
    /// <summary>Appends a record. The store assigns sequence, previous hash and hash atomically.</summary>
    ValueTask<AuditRecord> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Reads records in chain order, starting after <paramref name="afterSequence"/>.</summary>
    IAsyncEnumerable<AuditRecord> ReadAsync(long afterSequence = 0, CancellationToken cancellationToken = default);

    /// <summary>The number of records.</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Waits until every record appended so far is durable.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
