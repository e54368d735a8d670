using SecureMcp.Core.Audit;
using SecureMcp.Storage.Audit;
using SecureMcp.Storage.Sqlite;

namespace SecureMcp.Storage.Tests;

public sealed class SqliteAuditStoreTests
{
    private static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("audit-").FullName, "audit.db");

    private static AuditRecord Record(string principal) => new()
    {
        Kind = "call",
        Principal = principal,
        Action = "tools/call",
        Outcome = "ok",
        Timestamp = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero),
    };

    private static async Task<List<AuditRecord>> ReadAllAsync(IAuditStore store)
    {
        var list = new List<AuditRecord>();
        await foreach (var record in store.ReadAsync())
        {
            list.Add(record);
        }

        return list;
    }

    [Fact]
    public async Task Append_ConcurrentWriters_ProduceOneIntactChainInSequence()
    {
        await using var store = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = NewPath(), MaxBatch = 7 });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await store.AppendAsync(Record($"w{w}"));
            }
        })));
        await store.FlushAsync();
        var records = await ReadAllAsync(store);

        records.Count.ShouldBe(400);
        records.Select(r => r.Sequence).ShouldBe(Enumerable.Range(1, 400).Select(i => (long)i));
        AuditChain.Verify(records).IsIntact.ShouldBeTrue();
        (await store.CountAsync()).ShouldBe(400);
    }

    [Fact]
    public async Task Reopen_ContinuesTheChainFromTheLastRecord()
    {
        var path = NewPath();
        await using (var first = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = path }))
        {
            await first.AppendAsync(Record("a"));
            await first.AppendAsync(Record("b"));
        }

        await using var second = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = path });
        await second.AppendAsync(Record("c"));
        await second.FlushAsync();
        var records = await ReadAllAsync(second);

        records.Select(r => r.Principal).ShouldBe(["a", "b", "c"]);
        records[2].PreviousHash.ShouldBe(records[1].Hash);
        AuditChain.Verify(records).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task TamperingWithTheFile_IsDetectedByVerify()
    {
        var path = NewPath();
        await using var store = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = path });
        for (var i = 0; i < 4; i++)
        {
            await store.AppendAsync(Record("p" + i));
        }

        await store.FlushAsync();
        using (var connection = new SqliteDatabase(path).Open())
        {
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM audit WHERE seq = 2";
            delete.ExecuteNonQuery();
        }

        var result = AuditChain.Verify(await ReadAllAsync(store));

        result.IsIntact.ShouldBeFalse();
        result.FirstBrokenSequence.ShouldBe(3);
    }

    [Theory]
    [InlineData("", 10, 100, "audit.path")]
    [InlineData("x.db", 0, 100, "audit.maxBatch")]
    [InlineData("x.db", 10, 5, "audit.queueCapacity")]
    public void Options_Invalid_NameTheKey(string path, int batch, int capacity, string key)
    {
        var ex = Should.Throw<ArgumentException>(() => new SqliteAuditStoreOptions { Path = path, MaxBatch = batch, QueueCapacity = capacity }.Validate());

        ex.Message.ShouldContain(key);
    }
}
