using System.Globalization;
using Microsoft.Data.Sqlite;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Identity;

/// <summary>Operator accounts and their recovery-code hashes in SQLite.</summary>
/// <remarks>
/// The check-and-set steps (TOTP step, recovery code, failure count) are single conditional UPDATEs, so two concurrent
/// sign-ins cannot both consume the same code.
/// </remarks>
public sealed class SqliteOperatorStore
{
    private const string SelectColumns =
        "SELECT username, password_hash, totp_secret, roles, last_totp_step, failed_attempts, locked_until, created_at FROM operators";

    private readonly SqliteDatabase _database;

    /// <summary>Opens (and creates if needed) the operator tables in the database at <paramref name="path"/>.</summary>
    public SqliteOperatorStore(string path)
    {
        _database = new SqliteDatabase(path);
        using var connection = _database.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE IF NOT EXISTS operators (
                username TEXT NOT NULL PRIMARY KEY, password_hash TEXT NOT NULL, totp_secret BLOB NOT NULL, roles TEXT NOT NULL,
                last_totp_step INTEGER NOT NULL, failed_attempts INTEGER NOT NULL, locked_until TEXT NULL, created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS operator_recovery_codes (
                username TEXT NOT NULL REFERENCES operators (username) ON DELETE CASCADE, code_hash TEXT NOT NULL,
                used_at TEXT NULL, PRIMARY KEY (username, code_hash));
            """;
        create.ExecuteNonQuery();
    }

    /// <summary>Creates an account with its recovery-code hashes; false if the username exists.</summary>
    public bool Create(OperatorRecord record, IEnumerable<string> recoveryCodeHashes)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(recoveryCodeHashes);
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT OR IGNORE INTO operators (username, password_hash, totp_secret, roles, last_totp_step, failed_attempts, locked_until, created_at)
            VALUES ($u, $p, $t, $r, $s, 0, NULL, $c)
            """;
        cmd.Parameters.AddWithValue("$u", record.Username);
        cmd.Parameters.AddWithValue("$p", record.PasswordHash);
        cmd.Parameters.AddWithValue("$t", record.ProtectedTotpSecret);
        cmd.Parameters.AddWithValue("$r", record.Roles);
        cmd.Parameters.AddWithValue("$s", record.LastTotpStep);
        cmd.Parameters.AddWithValue("$c", Format(record.CreatedAt));
        if (cmd.ExecuteNonQuery() != 1)
        {
            return false;
        }

        InsertCodes(connection, tx, record.Username, recoveryCodeHashes);
        tx.Commit();
        return true;
    }

    /// <summary>The account, or null.</summary>
    public OperatorRecord? Get(string username)
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"{SelectColumns} WHERE username = $u";
        cmd.Parameters.AddWithValue("$u", username);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Every account, ordered by username.</summary>
    public IReadOnlyList<OperatorRecord> List()
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"{SelectColumns} ORDER BY username";
        using var reader = cmd.ExecuteReader();
        var records = new List<OperatorRecord>();
        while (reader.Read())
        {
            records.Add(Read(reader));
        }

        return records;
    }

    /// <summary>Ends a lockout and clears the failure count (an administrator's action); false if the account does not exist.</summary>
    public bool Unlock(string username) =>
        _database.Execute("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE username = $u", ("$u", username)) == 1;

    /// <summary>Records <paramref name="step"/> as used if it is later than the last used one; false means the code was already used.</summary>
    public bool TryConsumeTotpStep(string username, long step) =>
        _database.Execute("UPDATE operators SET last_totp_step = $s WHERE username = $u AND last_totp_step < $s",
            ("$u", username), ("$s", step)) == 1;

    /// <summary>Marks one unused recovery code used; false if it does not exist or was used.</summary>
    public bool TryConsumeRecoveryCode(string username, string codeHash, DateTimeOffset at) =>
        _database.Execute("UPDATE operator_recovery_codes SET used_at = $at WHERE username = $u AND code_hash = $h AND used_at IS NULL",
            ("$u", username), ("$h", codeHash), ("$at", Format(at))) == 1;

    /// <summary>How many recovery codes are left.</summary>
    public int RemainingRecoveryCodes(string username)
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM operator_recovery_codes WHERE username = $u AND used_at IS NULL";
        cmd.Parameters.AddWithValue("$u", username);
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Counts one failure; at <paramref name="maxFailures"/> locks the account until <paramref name="lockUntil"/> and resets the count.</summary>
    /// <returns>True when this failure locked the account.</returns>
    public bool RecordFailure(string username, int maxFailures, DateTimeOffset lockUntil)
    {
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        // Two statements rather than RETURNING: the bundled SQLite predates 3.35.
        cmd.CommandText = "UPDATE operators SET failed_attempts = failed_attempts + 1 WHERE username = $u; SELECT failed_attempts FROM operators WHERE username = $u";
        cmd.Parameters.AddWithValue("$u", username);
        var count = Convert.ToInt32(cmd.ExecuteScalar() ?? 0, CultureInfo.InvariantCulture);
        var locked = count >= maxFailures;
        if (locked)
        {
            using var lockCmd = connection.CreateCommand();
            lockCmd.Transaction = tx;
            lockCmd.CommandText = "UPDATE operators SET failed_attempts = 0, locked_until = $until WHERE username = $u";
            lockCmd.Parameters.AddWithValue("$u", username);
            lockCmd.Parameters.AddWithValue("$until", Format(lockUntil));
            lockCmd.ExecuteNonQuery();
        }

        tx.Commit();
        return locked;
    }

    /// <summary>Clears the failure count and any lockout after a successful sign-in.</summary>
    public void ResetFailures(string username) =>
        _database.Execute("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE username = $u", ("$u", username));

    /// <summary>Replaces every recovery code of the account.</summary>
    public void ReplaceRecoveryCodes(string username, IEnumerable<string> codeHashes)
    {
        ArgumentNullException.ThrowIfNull(codeHashes);
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        using var delete = connection.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = "DELETE FROM operator_recovery_codes WHERE username = $u";
        delete.Parameters.AddWithValue("$u", username);
        delete.ExecuteNonQuery();
        InsertCodes(connection, tx, username, codeHashes);
        tx.Commit();
    }

    private static void InsertCodes(SqliteConnection connection, SqliteTransaction tx, string username, IEnumerable<string> hashes)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO operator_recovery_codes (username, code_hash, used_at) VALUES ($u, $h, NULL)";
        cmd.Parameters.AddWithValue("$u", username);
        var hash = cmd.Parameters.Add("$h", SqliteType.Text);
        foreach (var h in hashes)
        {
            hash.Value = h;
            cmd.ExecuteNonQuery();
        }
    }


    private static OperatorRecord Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2), reader.GetString(3),
            reader.GetInt64(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : Parse(reader.GetString(6)), Parse(reader.GetString(7)));

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal);
}
