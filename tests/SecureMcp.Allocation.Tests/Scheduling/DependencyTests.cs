using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Tests.Support;
using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Tasks;

namespace SecureMcp.Allocation.Tests.Scheduling;

public sealed class DependencyTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "securemcp-deps-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task SubmitAsync_DependencyUnfinished_WaitsThenDispatchesOnSuccess()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));
        var first = await f.SubmitOneAsync(Fixture.Task("extract"));

        (await f.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["extract"] })).ShouldBeEmpty();
        f.Scheduler.WaitingCount.ShouldBe(1);
        (await f.Scheduler.GetTaskAsync("report"))!.Reason.ShouldBe("waiting for extract");

        var done = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("d"));

        done.NewAssignments.ShouldHaveSingleItem().TaskId.ShouldBe("report");
        f.Scheduler.WaitingCount.ShouldBe(0);
    }

    [Fact]
    public async Task CompleteAsync_DependencyReportedFailed_FailsDependentsTransitively()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));
        var first = await f.SubmitOneAsync(Fixture.Task("extract") with { RetryBudget = 0 });
        await f.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["extract"] });
        await f.Scheduler.SubmitAsync(Fixture.Task("publish") with { DependsOn = ["report"] });

        await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Failed(FailureKind.Error, "boom"));

        var report = (await f.Scheduler.GetTaskAsync("report"))!;
        report.State.ShouldBe(TaskState.ReportedFailed);
        report.Reason.ShouldBe("dependency 'extract' was reported failed");
        (await f.Scheduler.GetTaskAsync("publish"))!.Reason.ShouldBe("dependency 'report' was reported failed");
        f.Scheduler.WaitingCount.ShouldBe(0);
        f.Scheduler.PendingCount.ShouldBe(0);
    }

    [Fact]
    public async Task SubmitAsync_DependencyAlreadySucceeded_DispatchesAtOnce()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));
        var first = await f.SubmitOneAsync(Fixture.Task("extract"));
        await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("d"));

        var second = await f.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["extract"] });

        second.ShouldHaveSingleItem().TaskId.ShouldBe("report");
    }

    [Fact]
    public async Task SubmitAsync_DependencySubmittedLater_WaitsForIt()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));

        (await f.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["extract", "extract"] })).ShouldBeEmpty();
        var first = await f.SubmitOneAsync(Fixture.Task("extract"));
        var done = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("d"));

        done.NewAssignments.ShouldHaveSingleItem().TaskId.ShouldBe("report");
    }

    [Fact]
    public async Task SubmitAsync_SelfDependency_IsReportedFailed()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));

        (await f.Scheduler.SubmitAsync(Fixture.Task("loop") with { DependsOn = ["loop"] })).ShouldBeEmpty();

        var record = (await f.Scheduler.GetTaskAsync("loop"))!;
        record.State.ShouldBe(TaskState.ReportedFailed);
        record.Reason.ShouldBe("the task depends on itself");
    }

    [Fact]
    public async Task SubmitAsync_TaskClosesACycle_EveryMemberFailsNamingTheCycleAndItsDependentsFollow()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));
        await f.Scheduler.SubmitAsync(Fixture.Task("extract") with { DependsOn = ["publish"] });
        await f.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["extract"] });
        await f.Scheduler.SubmitAsync(Fixture.Task("archive") with { DependsOn = ["report"] });
        f.Scheduler.WaitingCount.ShouldBe(3, "publish is not submitted yet: no cycle so far");

        (await f.Scheduler.SubmitAsync(Fixture.Task("publish") with { DependsOn = ["report"] })).ShouldBeEmpty();

        foreach (var id in new[] { "extract", "report", "publish" })
        {
            var record = (await f.Scheduler.GetTaskAsync(id))!;
            record.State.ShouldBe(TaskState.ReportedFailed, id);
            record.Reason.ShouldBe("dependency cycle: publish -> report -> extract -> publish", id);
        }

        (await f.Scheduler.GetTaskAsync("archive"))!.Reason.ShouldBe("dependency 'report' was reported failed");
        f.Scheduler.WaitingCount.ShouldBe(0);
        f.Scheduler.PendingCount.ShouldBe(0);
    }

    [Fact]
    public async Task SubmitAsync_DiamondOfDependencies_IsNoCycle()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));
        await f.Scheduler.SubmitAsync(Fixture.Task("left") with { DependsOn = ["source"] });
        await f.Scheduler.SubmitAsync(Fixture.Task("right") with { DependsOn = ["source"] });
        await f.Scheduler.SubmitAsync(Fixture.Task("join") with { DependsOn = ["left", "right"] });

        var first = await f.SubmitOneAsync(Fixture.Task("source"));

        first.TaskId.ShouldBe("source");
        f.Scheduler.WaitingCount.ShouldBe(3);
        (await f.Scheduler.GetTaskAsync("join"))!.Reason.ShouldBe("waiting for left, right");
    }

    [Fact]
    public async Task SweepAsync_WaitingPastDeadline_IsReportedFailed()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"));
        await f.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["never"], Deadline = f.Clock.GetUtcNow().AddSeconds(5) });

        f.Clock.Advance(TimeSpan.FromSeconds(6));
        await f.Scheduler.SweepAsync();

        (await f.Scheduler.GetTaskAsync("report"))!.Reason.ShouldBe("deadline passed while waiting for dependencies");
        f.Scheduler.WaitingCount.ShouldBe(0);
    }

    [Fact]
    public async Task RecoverAsync_AfterRestart_KeepsDependencyOrder()
    {
        long extractAttempt;
        using (var before = new Fixture(store: new SqliteTaskStore(_path)))
        {
            before.Add(Fixture.Agent("a"));
            var done = await before.SubmitOneAsync(Fixture.Task("done"));
            await before.Scheduler.CompleteAsync(done.AttemptId, TaskResult.Success("d"));
            extractAttempt = (await before.SubmitOneAsync(Fixture.Task("extract"))).AttemptId;
            await before.Scheduler.SubmitAsync(Fixture.Task("report") with { DependsOn = ["extract", "done"] });
        }

        using var after = new Fixture(store: new SqliteTaskStore(_path));
        after.Add(Fixture.Agent("a"));

        var recovery = await after.Scheduler.RecoverAsync();

        recovery.Tasks.Select(t => t.Id).ShouldBe(["extract", "report"]);
        recovery.Assignments.ShouldHaveSingleItem().TaskId.ShouldBe("extract");
        after.Scheduler.WaitingCount.ShouldBe(1);
        after.Scheduler.InFlightCount.ShouldBe(1);
        (await after.Scheduler.GetTaskAsync("report"))!.Reason.ShouldBe("waiting for extract");
        (await after.Scheduler.CompleteAsync(extractAttempt, TaskResult.Success("stale"))).Disposition.ShouldBe(CompletionDisposition.Ignored);
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
