namespace SecureMcp.Storage.Audit;

/// <summary>Settings of the SQLite audit store.</summary>
public sealed record SqliteAuditStoreOptions
{
    /// <summary>The database file.</summary>
    public required string Path { get; init; }

    /// <summary>Most records written in one transaction.</summary>
    public int MaxBatch { get; init; } = 512;

    /// <summary>Records that may wait in memory before appenders are slowed down (never dropped).</summary>
    public int QueueCapacity { get; init; } = 50_000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException("audit.path must name a database file.");
        }

        if (MaxBatch is < 1 or > 100_000)
        {
            throw new ArgumentException($"audit.maxBatch must be between 1 and 100000 (got {MaxBatch}).");
        }

        if (QueueCapacity < MaxBatch)
        {
            throw new ArgumentException($"audit.queueCapacity must be at least audit.maxBatch (got {QueueCapacity}).");
        }
    }
}
