using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Tests.Support;

namespace SecureMcp.Allocation.Tests.Selection;

public sealed class SelectionTests
{
    private static AllocationOptions Options(double exploration = 0) => new()
    {
        Selection = new SelectionOptions { ExplorationShare = exploration },
        Verification = new VerificationOptions { Enabled = false },
    };

    [Fact]
    public async Task Submit_TrustedVersusDistrusted_TrustedGetsNearlyAll()
    {
        using var f = new Fixture(Options());
        f.Add(Fixture.Agent("good"), Fixture.Agent("bad"));
        f.Teach("good", "search", 10, 0);
        f.Teach("bad", "search", 1, 9);
        var counts = new Dictionary<string, int>();

        for (var i = 0; i < 200; i++)
        {
            var a = await f.SubmitOneAsync(Fixture.Task("t" + i));
            counts[a.AgentId] = counts.GetValueOrDefault(a.AgentId) + 1;
            await f.Scheduler.CompleteAsync(a.AttemptId, TaskResult.Success("ok"));
        }

        counts["good"].ShouldBeGreaterThan(190);
    }

    [Fact]
    public async Task Submit_TwoSimilarAgents_PickIsProbabilisticNotAlwaysTop()
    {
        using var f = new Fixture(Options());
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"));
        f.Teach("a", "search", 10, 0);
        f.Teach("b", "search", 9, 1);
        var chosen = new HashSet<string>();

        for (var i = 0; i < 100; i++)
        {
            var a = await f.SubmitOneAsync(Fixture.Task("t" + i));
            chosen.Add(a.AgentId);
            await f.Scheduler.CompleteAsync(a.AttemptId, TaskResult.Success("ok"));
        }

        chosen.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Submit_ExplorationShare_SpendsAboutThatShareOnProbation()
    {
        using var f = new Fixture(Options(exploration: 0.2));
        f.Add(Fixture.Agent("veteran"), Fixture.Agent("low"));
        f.Teach("veteran", "search", 10, 0);
        f.Teach("low", "search", 2, 8);

        for (var i = 0; i < 500; i++)
        {
            var a = await f.SubmitOneAsync(Fixture.Task("t" + i));
            await f.Scheduler.CompleteAsync(a.AttemptId, TaskResult.Success("ok"));
            f.Teach("low", "search", 0, 2); // keeps it below standing, so the probation pool never empties
        }

        var explored = f.Decisions.Where(d => d.Policy == "exploration").ToList();
        (explored.Count / 500.0).ShouldBeInRange(0.14, 0.26);
        explored.ShouldAllBe(d => d.ChosenAgent == "low");
    }

    [Fact]
    public async Task Submit_Newcomer_TrustCappedInScoring()
    {
        using var f = new Fixture(Options());
        f.Add(Fixture.Agent("veteran"), Fixture.Agent("fresh"));
        f.Teach("veteran", "search", 10, 0);

        await f.SubmitOneAsync(Fixture.Task("t"));

        var fresh = f.Scheduler.Explain("t").Single().Candidates.Single(c => c.AgentId == "fresh");
        fresh.Newcomer.ShouldBeTrue();
        fresh.Trust.ShouldBe(new SelectionOptions().NewcomerTrustCap);
    }

    [Fact]
    public async Task Explain_Decision_ListsScoresProbabilitiesAndDraw()
    {
        using var f = new Fixture(Options());
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"), Fixture.Agent("c", "other"));

        var assignment = await f.SubmitOneAsync(Fixture.Task("t"));

        var e = f.Scheduler.Explain("t").Single();
        e.ChosenAgent.ShouldBe(assignment.AgentId);
        e.EligibleCount.ShouldBe(2);
        e.Policy.ShouldBe("trust-aware");
        e.Candidates.Sum(c => c.Probability).ShouldBe(1, 1e-9);
        e.Draw.ShouldNotBeNull().DrawnAgents.Count.ShouldBe(2);
        e.Draw.Draws.ShouldAllBe(u => u >= 0 && u < 1);
        f.Decisions.ShouldContain(e);
    }

    [Fact]
    public async Task Submit_ManyAgents_ScansRandomlyUntilSampleFull()
    {
        var options = Options() with { Selection = new SelectionOptions { MaxScoredCandidates = 16, ExplorationShare = 0 } };
        using var f = new Fixture(options);
        for (var i = 0; i < 100; i++)
        {
            f.Add(Fixture.Agent("a" + i));
        }

        await f.SubmitOneAsync(Fixture.Task("t"));

        var e = f.Scheduler.Explain("t").Single();
        e.PoolSize.ShouldBe(100);
        e.ScannedCount.ShouldBe(16);
        e.EligibleCount.ShouldBe(16);
    }
}
