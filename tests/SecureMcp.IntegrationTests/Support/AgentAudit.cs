using SecureMcp.Core.Audit;
using SecureMcp.Storage.Audit;

namespace SecureMcp.IntegrationTests.Support;

/// <summary>Reads a running agent's own audit chain (SQLite in WAL mode, so reading beside the agent's writer is safe).</summary>
internal static class AgentAudit
{
    public static async Task<List<AuditRecord>> ReadAsync(string path)
    {
        var records = new List<AuditRecord>();
        await using var store = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = path });
        await foreach (var record in store.ReadAsync())
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Waits for the first record that matches (the agent writes its chain on its own thread).</summary>
    public static async Task<AuditRecord> WaitForAsync(string path, Func<AuditRecord, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        List<AuditRecord> records;
        do
        {
            records = await ReadAsync(path);
            if (records.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"no matching record in {Path.GetFileName(path)}; it has: {string.Join(", ", records.Select(r => r.Action))}");
    }
}
