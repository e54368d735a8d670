using System.CommandLine;
using SecureMcp.Core.Audit;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Storage.Audit;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp audit verify</c>: checks the hash chain and names the first broken record.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var database = new Option<FileInfo?>("--db") { Description = "The audit database file" };
        var config = new Option<FileInfo?>("--config") { Description = "Take the audit database from this gateway configuration" };
        var verify = new Command("verify", "Verify the audit hash chain") { database, config };
        verify.SetAction(async (parse, ct) =>
        {
            string path;
            try
            {
                path = parse.GetValue(database)?.FullName
                    ?? (parse.GetValue(config) is { } file ? GatewayConfigLoader.LoadFile(file.FullName).AuditPath : "securemcp-audit.db");
            }
            catch (GatewayConfigException ex)
            {
                await Console.Error.WriteLineAsync($"securemcp audit verify: {ex.Message}");
                return 2;
            }

            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"securemcp audit verify: no audit database at '{path}'");
                return 2;
            }

            var result = await VerifyAsync(path, ct);
            if (result.IsIntact)
            {
                Console.WriteLine($"audit chain intact: {result.RecordsChecked} records verified ({path})");
                return 0;
            }

            Console.WriteLine($"audit chain BROKEN at record {result.FirstBrokenSequence}: {result.Problem} ({result.RecordsChecked} records verified before it)");
            return 1;
        });
        return new Command("audit", "Inspect the tamper-evident audit trail") { verify };
    }

    /// <summary>Reads the whole chain from a database file and verifies it.</summary>
    public static async Task<AuditVerification> VerifyAsync(string path, CancellationToken cancellationToken)
    {
        await using var store = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = path });
        var records = new List<AuditRecord>();
        await foreach (var record in store.ReadAsync(0, cancellationToken))
        {
            records.Add(record);
        }

        return AuditChain.Verify(records);
    }
}
