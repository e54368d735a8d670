using System.Globalization;
using Microsoft.Data.Sqlite;
using SecureMcp.Core.Inspection;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Pins;

/// <summary>Tool pins in SQLite, in their own table (<c>tool_pins</c>); the file can be the audit database.</summary>
public sealed class SqliteToolPinStore : IToolPinStore
{
    private const string Columns =
        "server, tool, state, approved_hash, approved_definition, observed_hash, observed_definition, approved_by, approved_at, observed_at, note";

    private readonly SqliteDatabase _database;

    /// <summary>Opens (and creates if needed) the pin table in the database at <paramref name="path"/>.</summary>
    public SqliteToolPinStore(string path)
    {
        _database = new SqliteDatabase(path);
        using var connection = _database.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE IF NOT EXISTS tool_pins (
                server TEXT NOT NULL, tool TEXT NOT NULL, state TEXT NOT NULL,
                approved_hash TEXT NULL, approved_definition TEXT NULL,
                observed_hash TEXT NOT NULL, observed_definition TEXT NOT NULL,
                approved_by TEXT NULL, approved_at TEXT NULL, observed_at TEXT NOT NULL, note TEXT NULL,
                PRIMARY KEY (server, tool));
            """;
        create.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async ValueTask<ToolPin?> GetAsync(string server, string tool, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM tool_pins WHERE server = $s AND tool = $t";
        cmd.Parameters.AddWithValue("$s", server);
        cmd.Parameters.AddWithValue("$t", tool);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ToolPin>> ListAsync(string? server = null, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM tool_pins WHERE $s IS NULL OR server = $s ORDER BY server, tool";
        cmd.Parameters.AddWithValue("$s", (object?)server ?? DBNull.Value);
        var pins = new List<ToolPin>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pins.Add(Read(reader));
        }

        return pins;
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(ToolPin pin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pin);
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"INSERT OR REPLACE INTO tool_pins ({Columns}) VALUES ($s, $t, $st, $ah, $ad, $oh, $od, $ab, $aa, $oa, $n)";
        cmd.Parameters.AddWithValue("$s", pin.Server);
        cmd.Parameters.AddWithValue("$t", pin.Tool);
        cmd.Parameters.AddWithValue("$st", pin.State.ToString());
        cmd.Parameters.AddWithValue("$ah", (object?)pin.ApprovedHash ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$ad", (object?)pin.ApprovedDefinition ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$oh", pin.ObservedHash);
        cmd.Parameters.AddWithValue("$od", pin.ObservedDefinition);
        cmd.Parameters.AddWithValue("$ab", (object?)pin.ApprovedBy ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$aa", (object?)pin.ApprovedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$oa", pin.ObservedAt.ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$n", (object?)pin.Note ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteAsync(string server, string tool, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "DELETE FROM tool_pins WHERE server = $s AND tool = $t";
        cmd.Parameters.AddWithValue("$s", server);
        cmd.Parameters.AddWithValue("$t", tool);
        return await cmd.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static ToolPin Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.Parse<PinState>(reader.GetString(2)),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : ParseTime(reader.GetString(8)),
        ParseTime(reader.GetString(9)),
        reader.IsDBNull(10) ? null : reader.GetString(10));

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
