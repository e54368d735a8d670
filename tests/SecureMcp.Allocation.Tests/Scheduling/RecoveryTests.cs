using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Tests.Support;
using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Tasks;

namespace SecureMcp.Allocation.Tests.Scheduling;

public sealed class RecoveryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "securemcp-recovery-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task RecoverAsync_AfterRestart_LosesNoTaskAndIgnoresOldAttempts()
    {
        var options = new AllocationOptions { Verification = new VerificationOptions { Enabled = false } };
        long oldAttempt;
        using (var before = new Fixture(options, store: new SqliteTaskStore(_path)))
        {
            before.Add(Fixture.Agent("solo") with { MaxConcurrency = 1 });
            oldAttempt = (await before.SubmitOneAsync(Fixture.Task("running"))).AttemptId;
            await before.Scheduler.SubmitAsync(Fixture.Task("queued"));
            await before.Scheduler.SubmitAsync(Fixture.Task("x"));
        }

        using var after = new Fixture(options, store: new SqliteTaskStore(_path));
        after.Add(Fixture.Agent("solo") with { MaxConcurrency = 4 });

        var recovered = await after.Scheduler.RecoverAsync();

        recovered.Tasks.Count.ShouldBe(3);
        recovered.Assignments.Count.ShouldBe(3);
        (await after.Scheduler.CompleteAsync(oldAttempt, TaskResult.Success("stale"))).Disposition.ShouldBe(CompletionDisposition.Ignored);
        after.Scheduler.InFlightCount.ShouldBe(3);
        var transitions = await after.Store.GetTransitionsAsync("running");
        transitions.Select(t => t.To).ShouldBe([TaskState.Pending, TaskState.Assigned, TaskState.Pending, TaskState.Assigned]);
        transitions[2].Reason.ShouldBe("recovered after coordinator restart");
    }

    [Fact]
    public async Task ExplainAsync_AfterRestart_ReadsPersistedExplanation()
    {
        var options = new AllocationOptions { Verification = new VerificationOptions { Enabled = false } };
        string chosen;
        using (var before = new Fixture(options, store: new SqliteTaskStore(_path)))
        {
            before.Add(Fixture.Agent("a"), Fixture.Agent("b"), Fixture.Agent("c", "other"));
            chosen = (await before.SubmitOneAsync(Fixture.Task("t"))).AgentId;
        }

        using var after = new Fixture(options, store: new SqliteTaskStore(_path));

        var explanation = (await after.Scheduler.ExplainAsync("t")).ShouldHaveSingleItem();

        explanation.ChosenAgent.ShouldBe(chosen);
        explanation.EligibleCount.ShouldBe(2);
        explanation.Candidates.Count.ShouldBe(2);
        explanation.Draw.ShouldNotBeNull().DrawnAgents.Count.ShouldBe(2);
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
