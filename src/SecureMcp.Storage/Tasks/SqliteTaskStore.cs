using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Tasks;

/// <summary>Task state in SQLite: an append-only transition log plus one current row per task, written in one transaction.</summary>
public sealed class SqliteTaskStore : ITaskStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteDatabase _database;

    /// <summary>Opens (and creates if needed) the task tables in the database at <paramref name="path"/>.</summary>
    public SqliteTaskStore(string path)
    {
        _database = new SqliteDatabase(path);
        using var connection = _database.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE IF NOT EXISTS task_records (
                id TEXT NOT NULL PRIMARY KEY, seq INTEGER NOT NULL, spec TEXT NOT NULL, state INTEGER NOT NULL,
                agents TEXT NOT NULL, attempts INTEGER NOT NULL, failures INTEGER NOT NULL,
                reason TEXT NULL, result TEXT NULL, updated_ticks INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS task_records_state ON task_records (state, seq);
            CREATE TABLE IF NOT EXISTS task_transitions (
                id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, from_state INTEGER NULL, to_state INTEGER NOT NULL,
                agent_id TEXT NULL, attempt INTEGER NOT NULL, reason TEXT NULL, at_ticks INTEGER NOT NULL, detail TEXT NULL);
            CREATE INDEX IF NOT EXISTS task_transitions_task ON task_transitions (task_id, id);
            """;
        create.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(TaskTransition transition, TaskRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transition);
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = _database.Open();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var log = connection.CreateCommand())
        {
            log.Transaction = tx;
            log.CommandText = """
                INSERT INTO task_transitions (task_id, from_state, to_state, agent_id, attempt, reason, at_ticks, detail)
                VALUES ($t, $f, $to, $a, $n, $r, $at, $d)
                """;
            log.Parameters.AddWithValue("$t", transition.TaskId);
            log.Parameters.AddWithValue("$f", transition.From is { } from ? (int)from : DBNull.Value);
            log.Parameters.AddWithValue("$to", (int)transition.To);
            log.Parameters.AddWithValue("$a", (object?)transition.AgentId ?? DBNull.Value);
            log.Parameters.AddWithValue("$n", transition.Attempt);
            log.Parameters.AddWithValue("$r", (object?)transition.Reason ?? DBNull.Value);
            log.Parameters.AddWithValue("$at", transition.At.UtcTicks);
            log.Parameters.AddWithValue("$d", (object?)transition.Detail ?? DBNull.Value);
            await log.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = tx;
            upsert.CommandText = """
                INSERT INTO task_records (id, seq, spec, state, agents, attempts, failures, reason, result, updated_ticks)
                VALUES ($id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM task_records), $spec, $state, $agents, $att, $fail, $r, $res, $u)
                ON CONFLICT(id) DO UPDATE SET spec = $spec, state = $state, agents = $agents, attempts = $att,
                    failures = $fail, reason = $r, result = $res, updated_ticks = $u
                """;
            upsert.Parameters.AddWithValue("$id", record.Spec.Id);
            upsert.Parameters.AddWithValue("$spec", JsonSerializer.Serialize(record.Spec, Json));
            upsert.Parameters.AddWithValue("$state", (int)record.State);
            upsert.Parameters.AddWithValue("$agents", JsonSerializer.Serialize(record.AgentIds, Json));
            upsert.Parameters.AddWithValue("$att", record.Attempts);
            upsert.Parameters.AddWithValue("$fail", record.Failures);
            upsert.Parameters.AddWithValue("$r", (object?)record.Reason ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$res", (object?)record.ResultDigest ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$u", record.UpdatedAt.UtcTicks);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<TaskRecord?> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("WHERE id = $p", taskId, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TaskRecord>> LoadUnfinishedAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            string.Create(CultureInfo.InvariantCulture, $"WHERE state NOT IN ({(int)TaskState.Succeeded}, {(int)TaskState.ReportedFailed})"),
            null,
            cancellationToken);

    /// <summary>Every task in the store, in the order they were first saved (for <c>securemcp tasks list</c>).</summary>
    public ValueTask<IReadOnlyList<TaskRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("", null, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<TaskTransition>> GetTransitionsAsync(string taskId, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT task_id, from_state, to_state, agent_id, attempt, reason, at_ticks, detail
            FROM task_transitions WHERE task_id = $t ORDER BY id
            """;
        cmd.Parameters.AddWithValue("$t", taskId);
        var result = new List<TaskTransition>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new TaskTransition(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : (TaskState)reader.GetInt32(1),
                (TaskState)reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return result;
    }

    private async ValueTask<IReadOnlyList<TaskRecord>> QueryAsync(string where, string? parameter, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var cmd = connection.CreateCommand();
#pragma warning disable CA2100 // the WHERE clauses are constants of this class; values go through parameters
        cmd.CommandText = "SELECT spec, state, agents, attempts, failures, reason, result, updated_ticks FROM task_records " + where + " ORDER BY seq";
#pragma warning restore CA2100
        if (parameter is not null)
        {
            cmd.Parameters.AddWithValue("$p", parameter);
        }

        var result = new List<TaskRecord>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var spec = JsonSerializer.Deserialize<TaskSpec>(reader.GetString(0), Json)
                ?? throw new InvalidDataException("task_records.spec is null");
            var agents = JsonSerializer.Deserialize<List<string>>(reader.GetString(2), Json) ?? [];
            result.Add(new TaskRecord(
                spec,
                (TaskState)reader.GetInt32(1),
                agents,
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero)));
        }

        return result;
    }
}
