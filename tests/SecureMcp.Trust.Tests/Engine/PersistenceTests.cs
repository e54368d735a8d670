using SecureMcp.Storage.Trust;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Tests.Support;
using SecureMcp.Trust.Witness;

namespace SecureMcp.Trust.Tests.Engine;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "trust-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task SaveAsync_ThenLoadIntoNewEngine_RestoresScoresCredibilityAndHistory()
    {
        var clock = new TestClock();
        var engine = new TrustEngine(new TrustOptions(), clock);
        engine.RecordWitnessReport(new WitnessReport("w", "a", "c", 9, 1));
        for (var i = 0; i < 6; i++)
        {
            engine.RecordOutcome(new InteractionOutcome { Subject = "a", Capability = "c", Succeeded = i != 2, SecurityViolation = i == 4 });
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        var store = new SqliteTrustStore(_path);
        await engine.SaveAsync(store);

        var restored = new TrustEngine(new TrustOptions(), clock);
        await restored.LoadAsync(new SqliteTrustStore(_path));
        var before = engine.GetScore("a", "c");
        var after = restored.GetScore("a", "c");
        after.Combined.ShouldBe(before.Combined, 1e-12);
        after.Observations.ShouldBe(6);
        after.Dimensions[TrustDimension.SecurityConduct].ShouldBe(before.Dimensions[TrustDimension.SecurityConduct], 1e-12);
        restored.GetWitnessCredibility("w").ShouldBe(engine.GetWitnessCredibility("w"), 1e-12);

        var history = await store.ReadHistoryAsync("a");
        history.Count.ShouldBe(6);
        history[^1].Score.ShouldBe(before.Combined, 1e-12);
        (history[1].Timestamp - history[0].Timestamp).ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SaveAsync_Twice_AppendsOnlyNewHistory()
    {
        var engine = new TrustEngine(new TrustOptions(), new TestClock());
        var store = new SqliteTrustStore(_path);
        engine.RecordOutcome(new InteractionOutcome { Subject = "a", Capability = "c", Succeeded = true });
        await engine.SaveAsync(store);
        engine.RecordOutcome(new InteractionOutcome { Subject = "a", Capability = "c", Succeeded = true });
        await engine.SaveAsync(store);
        (await store.ReadHistoryAsync("a", "c")).Count.ShouldBe(2);
        (await store.LoadEvidenceAsync()).Count.ShouldBe(4);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(f))
            {
                File.Delete(f);
            }
        }
    }
}
