using System.Globalization;
using Microsoft.Data.Sqlite;
using SecureMcp.Core.Trust;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Trust;

/// <summary>Trust-engine state in SQLite: evidence and credibility are upserted, history is append-only.</summary>
public sealed class SqliteTrustStore : ITrustStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Opens (and creates if needed) the trust tables in the database at <paramref name="path"/>.</summary>
    public SqliteTrustStore(string path)
    {
        _database = new SqliteDatabase(path);
        using var connection = _database.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE IF NOT EXISTS trust_evidence (
                subject TEXT NOT NULL, capability TEXT NOT NULL, dimension TEXT NOT NULL,
                positive REAL NOT NULL, negative REAL NOT NULL, observations INTEGER NOT NULL, updated_at TEXT NOT NULL,
                PRIMARY KEY (subject, capability, dimension));
            CREATE TABLE IF NOT EXISTS trust_witness_credibility (
                witness TEXT NOT NULL PRIMARY KEY, agreement REAL NOT NULL, disagreement REAL NOT NULL);
            CREATE TABLE IF NOT EXISTS trust_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT, subject TEXT NOT NULL, capability TEXT NOT NULL,
                ts_ticks INTEGER NOT NULL, score REAL NOT NULL);
            CREATE INDEX IF NOT EXISTS trust_history_subject ON trust_history (subject, ts_ticks);
            """;
        create.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async ValueTask SaveEvidenceAsync(IReadOnlyCollection<TrustEvidenceRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = _database.Open();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT OR REPLACE INTO trust_evidence (subject, capability, dimension, positive, negative, observations, updated_at)
            VALUES ($s, $c, $d, $p, $n, $o, $u)
            """;
        var s = cmd.Parameters.Add("$s", SqliteType.Text);
        var c = cmd.Parameters.Add("$c", SqliteType.Text);
        var d = cmd.Parameters.Add("$d", SqliteType.Text);
        var p = cmd.Parameters.Add("$p", SqliteType.Real);
        var n = cmd.Parameters.Add("$n", SqliteType.Real);
        var o = cmd.Parameters.Add("$o", SqliteType.Integer);
        var u = cmd.Parameters.Add("$u", SqliteType.Text);
        foreach (var row in rows)
        {
            (s.Value, c.Value, d.Value, p.Value, n.Value, o.Value) = (row.Subject, row.Capability, row.Dimension, row.Positive, row.Negative, row.Observations);
            u.Value = row.UpdatedAt.ToString("O", CultureInfo.InvariantCulture);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TrustEvidenceRow>> LoadEvidenceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT subject, capability, dimension, positive, negative, observations, updated_at FROM trust_evidence";
        var result = new List<TrustEvidenceRow>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new TrustEvidenceRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetInt64(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask SaveCredibilityAsync(IReadOnlyCollection<WitnessCredibilityRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = _database.Open();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR REPLACE INTO trust_witness_credibility (witness, agreement, disagreement) VALUES ($w, $a, $d)";
        var w = cmd.Parameters.Add("$w", SqliteType.Text);
        var a = cmd.Parameters.Add("$a", SqliteType.Real);
        var d = cmd.Parameters.Add("$d", SqliteType.Real);
        foreach (var row in rows)
        {
            (w.Value, a.Value, d.Value) = (row.Witness, row.Agreement, row.Disagreement);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<WitnessCredibilityRow>> LoadCredibilityAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT witness, agreement, disagreement FROM trust_witness_credibility";
        var result = new List<WitnessCredibilityRow>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new WitnessCredibilityRow(reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask AppendHistoryAsync(IReadOnlyCollection<TrustHistoryPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        await using var connection = _database.Open();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO trust_history (subject, capability, ts_ticks, score) VALUES ($s, $c, $t, $v)";
        var s = cmd.Parameters.Add("$s", SqliteType.Text);
        var c = cmd.Parameters.Add("$c", SqliteType.Text);
        var t = cmd.Parameters.Add("$t", SqliteType.Integer);
        var v = cmd.Parameters.Add("$v", SqliteType.Real);
        foreach (var point in points)
        {
            (s.Value, c.Value, t.Value, v.Value) = (point.Subject, point.Capability, point.Timestamp.UtcTicks, point.Score);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TrustHistoryPoint>> ReadHistoryAsync(
        string subject, string? capability = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT subject, capability, ts_ticks, score FROM trust_history
            WHERE subject = $s AND ($c IS NULL OR capability = $c) AND ts_ticks >= $t
            ORDER BY ts_ticks, id
            """;
        cmd.Parameters.AddWithValue("$s", subject);
        cmd.Parameters.AddWithValue("$c", (object?)capability ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$t", since?.UtcTicks ?? 0L);
        var result = new List<TrustHistoryPoint>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new TrustHistoryPoint(
                reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero), reader.GetDouble(3)));
        }

        return result;
    }
}
