using SecureMcp.Allocation.Balancing;
using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Tests.Support;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Tests.Balancing;

public sealed class BalancingTests
{
    [Fact]
    public void Pick_TwoDrawn_TakesLessLoadedThenHigherScore()
    {
        double[] load = [0.75, 0.25, 0.25];
        double[] score = [2.0, 1.0, 1.5];

        PowerOfChoices.Pick([0, 1], load, score).ShouldBe(1);
        PowerOfChoices.Pick([1, 2], load, score).ShouldBe(2);
    }

    [Fact]
    public async Task Submit_ConcurrencyCapReached_QueuesThenDispatchesOnCompletion()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("solo") with { MaxConcurrency = 1 });

        var first = await f.SubmitOneAsync(Fixture.Task("t1"));
        var second = await f.Scheduler.SubmitAsync(Fixture.Task("t2"));

        second.ShouldBeEmpty();
        (await f.Scheduler.GetTaskAsync("t2")).ShouldNotBeNull().State.ShouldBe(TaskState.Pending);
        f.Scheduler.Explain("t2").Single().Outcome.ShouldStartWith("queued");

        var report = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("ok"));

        report.NewAssignments.ShouldHaveSingleItem().TaskId.ShouldBe("t2");
    }

    [Fact]
    public async Task Submit_ManyTasksEqualAgents_LoadSpreadsEvenly()
    {
        var options = new AllocationOptions { Selection = new SelectionOptions { ExplorationShare = 0 }, Verification = new VerificationOptions { Enabled = false } };
        using var f = new Fixture(options);
        for (var i = 0; i < 10; i++)
        {
            f.Add(Fixture.Agent("a" + i) with { MaxConcurrency = 8 });
        }

        for (var i = 0; i < 40; i++)
        {
            await f.SubmitOneAsync(Fixture.Task("t" + i)); // never completed: load only grows
        }

        var max = Enumerable.Range(0, 10).Max(i => f.Scheduler.AssignedTo("a" + i));
        max.ShouldBeLessThanOrEqualTo(6);
    }
}
