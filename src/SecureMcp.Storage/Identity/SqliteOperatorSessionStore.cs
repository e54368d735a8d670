using System.Globalization;
using Microsoft.Data.Sqlite;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Identity;

/// <summary>Operator sessions in the operators' SQLite file, so they outlive a gateway restart and every gateway on that file shares them.</summary>
/// <remarks>Rows hold the SHA-256 of each token, never the token; a copy of the file gives nobody a usable session.</remarks>
public sealed class SqliteOperatorSessionStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Opens (and creates if needed) the session table in the database at <paramref name="path"/>.</summary>
    public SqliteOperatorSessionStore(string path)
    {
        _database = new SqliteDatabase(path);
        _database.Execute("""
            CREATE TABLE IF NOT EXISTS operator_sessions (
                token_hash TEXT NOT NULL PRIMARY KEY, username TEXT NOT NULL, principal TEXT NOT NULL, expires_ms INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS operator_sessions_expiry ON operator_sessions (expires_ms);
            """);
    }

    /// <summary>Stores a new session, first dropping expired ones and, beyond <paramref name="capacity"/>, those closest to expiry.</summary>
    public void Insert(OperatorSessionRecord record, int capacity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        SqliteDatabase.Execute(connection, tx, "DELETE FROM operator_sessions WHERE expires_ms <= $now", ("$now", now.ToUnixTimeMilliseconds()));
        var excess = Count(connection, tx) - (capacity - 1);
        if (excess > 0)
        {
            SqliteDatabase.Execute(connection, tx,
                "DELETE FROM operator_sessions WHERE token_hash IN (SELECT token_hash FROM operator_sessions ORDER BY expires_ms, token_hash LIMIT $n)",
                ("$n", excess));
        }

        SqliteDatabase.Execute(connection, tx, "INSERT INTO operator_sessions (token_hash, username, principal, expires_ms) VALUES ($h, $u, $p, $e)",
            ("$h", record.TokenHash), ("$u", record.Username), ("$p", record.Principal), ("$e", record.ExpiresAt.ToUnixTimeMilliseconds()));
        tx.Commit();
    }

    /// <summary>The session stored under <paramref name="tokenHash"/>, expired or not; null if none.</summary>
    public OperatorSessionRecord? Find(string tokenHash)
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT token_hash, username, principal, expires_ms FROM operator_sessions WHERE token_hash = $h";
        cmd.Parameters.AddWithValue("$h", tokenHash);
        using var reader = cmd.ExecuteReader();
        return reader.Read()
            ? new OperatorSessionRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)))
            : null;
    }

    /// <summary>Deletes the session stored under <paramref name="tokenHash"/>; true if there was one.</summary>
    public bool Delete(string tokenHash) => _database.Execute("DELETE FROM operator_sessions WHERE token_hash = $h", ("$h", tokenHash)) == 1;

    /// <summary>Deletes every session of <paramref name="username"/> (sign-out everywhere); returns how many there were.</summary>
    public int DeleteAll(string username) => _database.Execute("DELETE FROM operator_sessions WHERE username = $u", ("$u", username));

    /// <summary>Sessions stored, expired ones included until the next insert drops them.</summary>
    public int Count()
    {
        using var connection = _database.Open();
        return Count(connection, null);
    }

    private static int Count(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT count(*) FROM operator_sessions";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
