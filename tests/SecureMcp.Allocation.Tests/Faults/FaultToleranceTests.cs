using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Tests.Support;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Tests.Faults;

public sealed class FaultToleranceTests
{
    [Fact]
    public async Task Complete_ValidationFailed_ReassignedToAnotherAgent()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"));
        var first = await f.SubmitOneAsync(Fixture.Task("t"));

        var report = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Failed(FailureKind.ValidationFailed, "schema"));

        report.Disposition.ShouldBe(CompletionDisposition.Reassigned);
        var second = report.NewAssignments.ShouldHaveSingleItem();
        second.AgentId.ShouldNotBe(first.AgentId);
        f.Transitions.Select(t => t.To).ShouldBe([TaskState.Pending, TaskState.Assigned, TaskState.Failed, TaskState.Assigned]);
    }

    [Fact]
    public async Task Complete_RetryBudgetSpent_ReportedFailedWithReason()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"), Fixture.Agent("c"), Fixture.Agent("d"));
        var assignment = await f.SubmitOneAsync(Fixture.Task("t") with { RetryBudget = 1 });

        var r1 = await f.Scheduler.CompleteAsync(assignment.AttemptId, TaskResult.Failed(FailureKind.Error, "boom"));
        var r2 = await f.Scheduler.CompleteAsync(r1.NewAssignments.Single().AttemptId, TaskResult.Failed(FailureKind.Error, "boom"));

        r2.Disposition.ShouldBe(CompletionDisposition.ReportedFailed);
        var record = (await f.Scheduler.GetTaskAsync("t")).ShouldNotBeNull();
        record.State.ShouldBe(TaskState.ReportedFailed);
        record.Reason.ShouldNotBeNull().ShouldContain("retry budget of 1 spent");
    }

    [Fact]
    public async Task Sweep_AttemptPastTimeout_TimesOutAndReassigns()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"));
        var first = await f.SubmitOneAsync(Fixture.Task("t"));

        f.Clock.Advance(TimeSpan.FromSeconds(11));
        var reassigned = await f.Scheduler.SweepAsync();

        reassigned.ShouldHaveSingleItem().AgentId.ShouldNotBe(first.AgentId);
        f.Transitions.ShouldContain(t => t.To == TaskState.Failed && t.Reason!.StartsWith("Timeout", StringComparison.Ordinal));
        (await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("late"))).Disposition.ShouldBe(CompletionDisposition.Ignored);
    }

    [Fact]
    public async Task AgentLost_InFlightAttempt_ReassignedAndZombieResultIgnored()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"));
        var first = await f.SubmitOneAsync(Fixture.Task("t"));

        var moved = await f.Scheduler.AgentLostAsync(first.AgentId, "heartbeat lost");
        var zombie = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("ok"));
        var done = await f.Scheduler.CompleteAsync(moved.Single().AttemptId, TaskResult.Success("ok"));

        zombie.Disposition.ShouldBe(CompletionDisposition.Ignored);
        done.Disposition.ShouldBe(CompletionDisposition.Succeeded);
        f.Transitions.Count(t => t.To == TaskState.Succeeded).ShouldBe(1);
        (await f.Scheduler.SubmitAsync(Fixture.Task("next"))).Single().AgentId.ShouldNotBe(first.AgentId);
    }

    [Fact]
    public async Task Complete_RepeatedFailures_AgentBreakerOpensThenRecovers()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("flaky"));
        for (var i = 0; i < 5; i++)
        {
            var a = await f.SubmitOneAsync(Fixture.Task("t" + i) with { RetryBudget = 0 });
            await f.Scheduler.CompleteAsync(a.AttemptId, TaskResult.Failed(FailureKind.Error));
        }

        var blocked = await f.Scheduler.SubmitAsync(Fixture.Task("blocked"));

        blocked.ShouldBeEmpty();
        f.Scheduler.Explain("blocked").Single().ExcludedCounts.Keys.ShouldContain(ExclusionReason.CircuitOpen);
        f.Clock.Advance(TimeSpan.FromSeconds(31));
        (await f.Scheduler.SweepAsync()).ShouldHaveSingleItem().TaskId.ShouldBe("blocked");
    }

    [Fact]
    public async Task Complete_UpstreamFailures_UpstreamBreakerHoldsItsTasksOnly()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"));
        for (var i = 0; i < 10; i++)
        {
            var a = await f.SubmitOneAsync(Fixture.Task("u" + i) with { Upstreams = ["files"], RetryBudget = 0 });
            await f.Scheduler.CompleteAsync(a.AttemptId, TaskResult.Failed(FailureKind.UpstreamFailed, "502", "files"));
        }

        var held = await f.Scheduler.SubmitAsync(Fixture.Task("needs-files") with { Upstreams = ["files"] });
        var other = await f.Scheduler.SubmitAsync(Fixture.Task("no-upstream"));

        held.ShouldBeEmpty();
        f.Scheduler.Explain("needs-files").Single().Outcome.ShouldContain("upstream 'files' circuit open");
        other.ShouldHaveSingleItem();
        f.Trust.GetScore("files", "search").Observations.ShouldBe(10);
    }

    [Fact]
    public async Task Sweep_DeadlinePassedWhileQueued_ReportedFailed()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("solo") with { MaxConcurrency = 1 });
        await f.SubmitOneAsync(Fixture.Task("busy") with { AttemptTimeout = TimeSpan.FromMinutes(5) });
        await f.Scheduler.SubmitAsync(Fixture.Task("late") with { Deadline = f.Clock.GetUtcNow().AddSeconds(5) });

        f.Clock.Advance(TimeSpan.FromSeconds(6));
        await f.Scheduler.SweepAsync();

        var record = (await f.Scheduler.GetTaskAsync("late")).ShouldNotBeNull();
        record.State.ShouldBe(TaskState.ReportedFailed);
        record.Reason.ShouldNotBeNull().ShouldContain("deadline");
    }

    [Fact]
    public async Task RegisterAgent_ReconnectAfterLoss_GetsWorkAgainWithCorrectLoad()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a") with { MaxConcurrency = 1 });
        var first = await f.SubmitOneAsync(Fixture.Task("t1"));
        f.Add(Fixture.Agent("a") with { MaxConcurrency = 1, Capabilities = ["search", "translate"] });

        (await f.Scheduler.SubmitAsync(Fixture.Task("t2"))).ShouldBeEmpty();
        var report = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("ok"));

        report.NewAssignments.ShouldHaveSingleItem().TaskId.ShouldBe("t2");
        await f.Scheduler.AgentLostAsync("a");
        (await f.Scheduler.SubmitAsync(Fixture.Task("t3", "translate"))).ShouldBeEmpty();
        f.Add(Fixture.Agent("a", "translate"));
        (await f.Scheduler.SubmitAsync(Fixture.Task("t4", "translate"))).ShouldHaveSingleItem().AgentId.ShouldBe("a");
    }
}
