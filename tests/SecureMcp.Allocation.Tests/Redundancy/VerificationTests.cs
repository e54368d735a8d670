using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Redundancy;
using SecureMcp.Allocation.Tests.Support;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Tests.Redundancy;

public sealed class VerificationTests
{
    [Fact]
    public void Credibility_Formula_MatchesSarmenta()
    {
        var ledger = new CredibilityLedger(new VerificationOptions { AssumedSaboteurShare = 0.35, TrustedVerifiers = ["ops"] });
        for (var i = 0; i < 10; i++)
        {
            ledger.Pass("a");
        }

        ledger.Credibility("new").ShouldBe(0.65, 1e-12);
        ledger.Credibility("a").ShouldBe(1 - (0.35 / (0.65 * Math.E * 10)), 1e-12);
        ledger.Credibility("ops").ShouldBe(1 - 1e-6, 1e-12);
        ledger.Catch("a");
        ledger.Credibility("a").ShouldBe(0);
    }

    [Fact]
    public void Evaluate_SingleLowCredibility_AsksForReplica()
    {
        var verdict = VerificationPlanner.Evaluate([new("a", "x")], _ => 0.65, 0.999, 1, 5, spotCheck: false);

        verdict.Kind.ShouldBe(VerdictKind.NeedReplica);
        verdict.Credibility.ShouldBe(0.65, 1e-12);
    }

    [Fact]
    public void Evaluate_TwoCredibleAgree_AcceptsWithPosterior()
    {
        var verdict = VerificationPlanner.Evaluate([new("a", "x"), new("b", "x")], _ => 0.98, 0.999, 1, 5, spotCheck: false);

        verdict.Kind.ShouldBe(VerdictKind.Accept);
        verdict.Credibility.ShouldBe(0.98 * 0.98 / ((0.98 * 0.98) + (0.02 * 0.02)), 1e-12);
    }

    [Fact]
    public void Evaluate_DisagreementWithTrustedVerifier_VerifierWinsAndOtherIsDisagreeing()
    {
        var verdict = VerificationPlanner.Evaluate([new("sab", "wrong"), new("ops", "right")], id => id == "ops" ? 1 - 1e-6 : 0.65, 0.999, 1, 5, false);

        verdict.Kind.ShouldBe(VerdictKind.Accept);
        verdict.Digest.ShouldBe("right");
        verdict.Disagreeing.ShouldBe(["sab"]);
    }

    [Fact]
    public void Evaluate_CredibleSingleWithSpotCheck_AsksForReplica()
    {
        var verdict = VerificationPlanner.Evaluate([new("a", "x")], _ => 0.9999, 0.999, 1, 5, spotCheck: true);

        verdict.Kind.ShouldBe(VerdictKind.NeedReplica);
        verdict.Reason.ShouldContain("spot check");
    }

    [Fact]
    public async Task Complete_SaboteurContradictedByTrustedVerifier_CaughtAndCorrectResultAccepted()
    {
        var options = new AllocationOptions { Verification = new VerificationOptions { TrustedVerifiers = ["ops"], SpotCheckRate = 0 } };
        using var f = new Fixture(options);
        f.Add(Fixture.Agent("sab"));
        var first = await f.SubmitOneAsync(Fixture.Task("t"));
        f.Add(Fixture.Agent("ops"));

        var pending = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("wrong"));
        var replica = pending.NewAssignments.ShouldHaveSingleItem();
        var done = await f.Scheduler.CompleteAsync(replica.AttemptId, TaskResult.Success("right"));

        pending.Disposition.ShouldBe(CompletionDisposition.AwaitingVerification);
        replica.AgentId.ShouldBe("ops");
        replica.Replica.ShouldBe(1);
        done.Disposition.ShouldBe(CompletionDisposition.Succeeded);
        (await f.Scheduler.GetTaskAsync("t")).ShouldNotBeNull().ResultDigest.ShouldBe("right");
        f.Scheduler.VerificationRecord("sab").Caught.ShouldBeTrue();
        f.Trust.GetScore("sab", "search").Combined.ShouldBeLessThan(0.5);
        await f.Scheduler.SubmitAsync(Fixture.Task("next"));
        f.Scheduler.Explain("next").Single().Excluded.ShouldContain(e => e.AgentId == "sab" && e.Reason == ExclusionReason.CaughtSabotaging);
    }

    [Fact]
    public async Task Complete_RedundancyHintTwoWithVerificationOff_StillNeedsSecondAgent()
    {
        using var f = new Fixture();
        f.Add(Fixture.Agent("a"), Fixture.Agent("b"), Fixture.Agent("c"));
        var first = await f.SubmitOneAsync(Fixture.Task("t") with { RedundancyHint = 2 });

        var report = await f.Scheduler.CompleteAsync(first.AttemptId, TaskResult.Success("x"));

        report.Disposition.ShouldBe(CompletionDisposition.AwaitingVerification);
        report.NewAssignments.ShouldHaveSingleItem().AgentId.ShouldNotBe(first.AgentId);
        (await f.Scheduler.GetTaskAsync("t")).ShouldNotBeNull().State.ShouldBe(TaskState.Assigned);
    }
}
