using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SecureMcp.Core.Audit;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Audit;

/// <summary>The audit chain in SQLite, written by one background writer in batched transactions.</summary>
/// <remarks>
/// Appenders only queue; the writer assigns sequence numbers and chains hashes in queue order, so the chain has
/// one total order however many calls run at once. The queue is bounded and never drops: a full queue slows
/// appenders down instead.
/// </remarks>
public sealed class SqliteAuditStore : IAuditStore, IAsyncDisposable
{
    private const string Columns = "seq, ts, kind, principal, action, target, args_digest, outcome, reason, latency_us, session_id, prev_hash, hash";

    private readonly SqliteDatabase _database;
    private readonly SqliteAuditStoreOptions _options;
    private readonly Channel<Entry> _queue;
    private readonly Task _writer;
    private long _lastSequence;
    private string _lastHash;

    /// <summary>Opens (and creates if needed) the store and resumes the chain where it ended.</summary>
    public SqliteAuditStore(SqliteAuditStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _database = new SqliteDatabase(options.Path);
        using (var connection = _database.Open())
        {
            using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS audit (
                  seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, kind TEXT NOT NULL, principal TEXT NOT NULL,
                  action TEXT NOT NULL, target TEXT, args_digest TEXT, outcome TEXT NOT NULL, reason TEXT,
                  latency_us INTEGER NOT NULL, session_id TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
                """;
            create.ExecuteNonQuery();
            using var last = connection.CreateCommand();
            last.CommandText = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";
            using var reader = last.ExecuteReader();
            (_lastSequence, _lastHash) = reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.GenesisHash);
        }

        _queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new Entry(record, null);
        return _queue.Writer.TryWrite(entry) ? ValueTask.CompletedTask : _queue.Writer.WriteAsync(entry, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Entry(null, done), cancellationToken);
        await done.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM audit";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditRecord> ReadAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM audit WHERE seq > $after ORDER BY seq";
        command.Parameters.AddWithValue("$after", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Read(reader);
        }
    }

    /// <summary>Stops the writer after everything queued is written.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        await using var connection = _database.Open();
        var batch = new List<Entry>(_options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            WriteBatch(connection, batch);
            foreach (var entry in batch)
            {
                entry.Flushed?.TrySetResult();
            }
        }
    }

    private void WriteBatch(SqliteConnection connection, List<Entry> batch)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO audit ({Columns}) VALUES ($seq,$ts,$kind,$principal,$action,$target,$args,$outcome,$reason,$lat,$session,$prev,$hash)";
        var parameters = new[] { "$seq", "$ts", "$kind", "$principal", "$action", "$target", "$args", "$outcome", "$reason", "$lat", "$session", "$prev", "$hash" }
            .Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        parameters[0].SqliteType = SqliteType.Integer;
        parameters[1].SqliteType = SqliteType.Integer;
        parameters[9].SqliteType = SqliteType.Integer;
        foreach (var entry in batch)
        {
            if (entry.Record is not { } pending)
            {
                continue;
            }

            var record = pending with { Sequence = _lastSequence + 1, PreviousHash = _lastHash, Hash = "" };
            record = record with { Hash = AuditChain.ComputeHash(record) };
            object?[] values =
            [
                record.Sequence, record.Timestamp.UtcTicks, record.Kind, record.Principal, record.Action, record.Target,
                record.ArgumentsDigest, record.Outcome, record.Reason, record.LatencyMicros, record.SessionId,
                record.PreviousHash, record.Hash,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            _lastSequence = record.Sequence;
            _lastHash = record.Hash;
        }

        transaction.Commit();
    }

    private static AuditRecord Read(SqliteDataReader reader) => new()
    {
        Sequence = reader.GetInt64(0),
        Timestamp = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
        Kind = reader.GetString(2),
        Principal = reader.GetString(3),
        Action = reader.GetString(4),
        Target = reader.IsDBNull(5) ? null : reader.GetString(5),
        ArgumentsDigest = reader.IsDBNull(6) ? null : reader.GetString(6),
        Outcome = reader.GetString(7),
        Reason = reader.IsDBNull(8) ? null : reader.GetString(8),
        LatencyMicros = reader.GetInt64(9),
        SessionId = reader.IsDBNull(10) ? null : reader.GetString(10),
        PreviousHash = reader.GetString(11),
        Hash = reader.GetString(12),
    };

    private sealed record Entry(AuditRecord? Record, TaskCompletionSource? Flushed);
}
