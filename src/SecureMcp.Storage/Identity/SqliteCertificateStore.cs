using System.Globalization;
using Microsoft.Data.Sqlite;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Identity;

/// <summary>The CA index in SQLite: issued certificates, their revocations, and a revocation epoch that grows with each revocation.</summary>
/// <remarks>The epoch lets a validator in another process notice a revocation with one cheap query instead of reloading the list.</remarks>
public sealed class SqliteCertificateStore
{
    private readonly SqliteDatabase _database;

    /// <summary>Opens (and creates if needed) the CA tables in the database at <paramref name="path"/>.</summary>
    public SqliteCertificateStore(string path)
    {
        _database = new SqliteDatabase(path);
        using var connection = _database.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE IF NOT EXISTS ca_certificates (
                serial TEXT NOT NULL PRIMARY KEY, principal TEXT NOT NULL, profile TEXT NOT NULL, roles TEXT NOT NULL,
                capabilities TEXT NOT NULL, not_before TEXT NOT NULL, not_after TEXT NOT NULL, thumbprint TEXT NOT NULL,
                der BLOB NOT NULL, revoked_at TEXT NULL, revocation_reason TEXT NULL);
            CREATE INDEX IF NOT EXISTS ca_certificates_principal ON ca_certificates (principal);
            CREATE TABLE IF NOT EXISTS ca_meta (key TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL);
            INSERT OR IGNORE INTO ca_meta (key, value) VALUES ('revocation_epoch', 0);
            """;
        create.ExecuteNonQuery();
    }

    /// <summary>Adds a newly issued certificate.</summary>
    public void Add(CertificateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO ca_certificates (serial, principal, profile, roles, capabilities, not_before, not_after, thumbprint, der)
            VALUES ($serial, $principal, $profile, $roles, $caps, $nb, $na, $thumb, $der)
            """;
        cmd.Parameters.AddWithValue("$serial", record.Serial);
        cmd.Parameters.AddWithValue("$principal", record.Principal);
        cmd.Parameters.AddWithValue("$profile", record.Profile);
        cmd.Parameters.AddWithValue("$roles", record.Roles);
        cmd.Parameters.AddWithValue("$caps", record.Capabilities);
        cmd.Parameters.AddWithValue("$nb", Format(record.NotBefore));
        cmd.Parameters.AddWithValue("$na", Format(record.NotAfter));
        cmd.Parameters.AddWithValue("$thumb", record.Thumbprint);
        cmd.Parameters.AddWithValue("$der", record.Der);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The certificate with <paramref name="serial"/>, or null.</summary>
    public CertificateRecord? Get(string serial) => Query("WHERE serial = $p", serial).FirstOrDefault();

    /// <summary>Every certificate, oldest first.</summary>
    public IReadOnlyList<CertificateRecord> List() => Query("", null);

    /// <summary>The certificates of one principal, oldest first.</summary>
    public IReadOnlyList<CertificateRecord> ListByPrincipal(string principal) => Query("WHERE principal = $p", principal);

    /// <summary>Marks a certificate revoked and advances the epoch; false if unknown or already revoked.</summary>
    public bool Revoke(string serial, DateTimeOffset at, string reason)
    {
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "UPDATE ca_certificates SET revoked_at = $at, revocation_reason = $reason WHERE serial = $serial AND revoked_at IS NULL";
        cmd.Parameters.AddWithValue("$at", Format(at));
        cmd.Parameters.AddWithValue("$reason", reason);
        cmd.Parameters.AddWithValue("$serial", serial);
        var changed = cmd.ExecuteNonQuery() == 1;
        if (changed)
        {
            using var epoch = connection.CreateCommand();
            epoch.Transaction = tx;
            epoch.CommandText = "UPDATE ca_meta SET value = value + 1 WHERE key = 'revocation_epoch'";
            epoch.ExecuteNonQuery();
        }

        tx.Commit();
        return changed;
    }

    /// <summary>The serials of every revoked certificate.</summary>
    public IReadOnlySet<string> RevokedSerials()
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT serial FROM ca_certificates WHERE revoked_at IS NOT NULL";
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>A number that grows with every revocation.</summary>
    public long RevocationEpoch()
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM ca_meta WHERE key = 'revocation_epoch'";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<CertificateRecord> Query(string where, string? parameter)
    {
        using var connection = _database.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT serial, principal, profile, roles, capabilities, not_before, not_after, thumbprint, der, revoked_at, revocation_reason
            FROM ca_certificates {where} ORDER BY not_before, serial
            """;
        if (parameter is not null)
        {
            cmd.Parameters.AddWithValue("$p", parameter);
        }

        var result = new List<CertificateRecord>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new CertificateRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), Parse(reader.GetString(5)), Parse(reader.GetString(6)), reader.GetString(7), (byte[])reader.GetValue(8))
            {
                RevokedAt = reader.IsDBNull(9) ? null : Parse(reader.GetString(9)),
                RevocationReason = reader.IsDBNull(10) ? null : reader.GetString(10),
            });
        }

        return result;
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal);
}
