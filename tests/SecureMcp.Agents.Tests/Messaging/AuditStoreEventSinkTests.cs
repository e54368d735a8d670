using SecureMcp.Agents.Messaging;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Events;
using SecureMcp.Storage.Audit;

namespace SecureMcp.Agents.Tests.Messaging;

public sealed class AuditStoreEventSinkTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "smag-audit-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task Publish_EventsBecomeChainedSecurityRecords_InTheGatewayShape()
    {
        var records = new List<AuditRecord>();
        await using (var store = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = _path }))
        {
            var sink = new AuditStoreEventSink(store, TimeProvider.System);
            await sink.PublishAsync(new SecurityEvent("channel.replay", SecuritySeverity.High, "agent-x", "channel:ab12", "secure-channel",
                "epoch=0 seq=0", "message was already received (replay)", DateTimeOffset.UtcNow));
            await sink.PublishAsync(new SecurityEvent("peer.frame.oversized", SecuritySeverity.High, null, "peer-endpoint", "agent-messaging",
                new string('x', 500), "frame too large", DateTimeOffset.UtcNow));
            await store.FlushAsync();
            await foreach (var record in store.ReadAsync())
            {
                records.Add(record);
            }
        }

        AuditChain.Verify(records).IsIntact.ShouldBeTrue();
        records[0].Kind.ShouldBe("security");
        records[0].Principal.ShouldBe("agent-x");
        records[0].Action.ShouldBe("channel.replay");
        records[0].Outcome.ShouldBe("high");
        records[0].Reason.ShouldBe("secure-channel: message was already received (replay) (evidence: epoch=0 seq=0)");
        records[1].Principal.ShouldBe("anonymous");
        records[1].Reason!.Length.ShouldBeLessThan(300);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
