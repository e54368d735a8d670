using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Tasks;

namespace SecureMcp.Allocation.Tests.Tasks;

public sealed class SqliteTaskStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "securemcp-tasks-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task SaveAsync_TransitionsAndRecord_RoundTripInOrder()
    {
        var store = new SqliteTaskStore(_path);
        var spec = new TaskSpec { Id = "t1", RequiredCapabilities = ["search"], Sensitivity = SensitivityLevel.Internal, Upstreams = ["files"], RetryBudget = 2 };
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(new TaskTransition("t1", null, TaskState.Pending, null, 0, "submitted", at), new TaskRecord(spec, TaskState.Pending, [], 0, 0, "submitted", null, at));
        await store.SaveAsync(
            new TaskTransition("t1", TaskState.Pending, TaskState.Assigned, "a", 1, "trust-aware", at.AddSeconds(1), "{\"x\":1}"),
            new TaskRecord(spec, TaskState.Assigned, ["a"], 1, 0, "trust-aware", null, at.AddSeconds(1)));

        var reopened = new SqliteTaskStore(_path);
        var record = (await reopened.GetAsync("t1")).ShouldNotBeNull();
        var transitions = await reopened.GetTransitionsAsync("t1");

        record.Spec.Id.ShouldBe("t1");
        record.Spec.RequiredCapabilities.ShouldBe(["search"]);
        record.Spec.Sensitivity.ShouldBe(SensitivityLevel.Internal);
        record.Spec.Upstreams.ShouldBe(["files"]);
        record.Spec.RetryBudget.ShouldBe(2);
        record.State.ShouldBe(TaskState.Assigned);
        record.AgentIds.ShouldBe(["a"]);
        transitions.Select(t => t.To).ShouldBe([TaskState.Pending, TaskState.Assigned]);
        transitions[0].From.ShouldBeNull();
        transitions[1].Detail.ShouldBe("{\"x\":1}");
        transitions[1].At.ShouldBe(at.AddSeconds(1));
    }

    [Fact]
    public async Task LoadUnfinishedAsync_MixedStates_ReturnsOnlyUnfinishedOldestFirst()
    {
        var store = new SqliteTaskStore(_path);
        var at = DateTimeOffset.UnixEpoch;
        foreach (var (id, state) in new[] { ("a", TaskState.Running), ("b", TaskState.Succeeded), ("c", TaskState.Pending), ("d", TaskState.ReportedFailed), ("e", TaskState.Failed) })
        {
            await store.SaveAsync(new TaskTransition(id, null, state, null, 0, null, at), new TaskRecord(new TaskSpec { Id = id }, state, [], 0, 0, null, null, at));
        }

        var unfinished = await store.LoadUnfinishedAsync();

        unfinished.Select(r => r.Spec.Id).ShouldBe(["a", "c", "e"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
