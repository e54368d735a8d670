using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Tests.Support;

namespace SecureMcp.Trust.Tests.Direct;

public sealed class DirectTrustTests
{
    private static InteractionOutcome Ok(string subject = "a", bool good = true) =>
        new() { Subject = subject, Capability = "search", Succeeded = good, Valid = good, OnTime = good };

    [Fact]
    public void GetScore_Newcomer_BaseRateWithFullUncertainty()
    {
        var engine = new TrustEngine(new TrustOptions { Direct = new DirectTrustOptions { BaseRate = 0.3 } });
        var score = engine.GetScore("new-agent", "search");
        score.Combined.ShouldBe(0.3, 1e-12);
        score.Opinion.Uncertainty.ShouldBe(1.0, 1e-12);
        score.Opinion.Expected.ShouldBe(0.3, 1e-12);
        score.Observations.ShouldBe(0);
    }

    [Fact]
    public void RecordOutcome_LongGoodHistory_EvidenceConvergesToOneOverOneMinusLambda()
    {
        var engine = new TrustEngine(new TrustOptions());
        for (var i = 0; i < 300; i++)
        {
            engine.RecordOutcome(Ok());
        }

        // r = Σ λ^k → 1/(1−0.9) = 10, so E = 11/12.
        engine.GetScore("a", "search").Dimensions[TrustDimension.TaskSuccess].ShouldBe(11.0 / 12, 1e-9);
    }

    [Fact]
    public void RecordOutcome_TurnsBad_DropsBelowHalfAtSeventhFailure()
    {
        var engine = new TrustEngine(new TrustOptions());
        for (var i = 0; i < 200; i++)
        {
            engine.RecordOutcome(Ok());
        }

        var scores = Enumerable.Range(0, 7).Select(_ => engine.RecordOutcome(Ok(good: false))).ToArray();
        scores[5].ShouldBeGreaterThan(0.5);
        scores[6].ShouldBeLessThan(0.5);
    }

    [Fact]
    public void RecordOutcome_OneViolation_OutweighsSeveralCleanChecks()
    {
        var engine = new TrustEngine(new TrustOptions());
        for (var i = 0; i < 4; i++)
        {
            engine.RecordOutcome(new InteractionOutcome { Subject = "a", Capability = "c", SecurityViolation = false });
        }

        engine.RecordOutcome(new InteractionOutcome { Subject = "a", Capability = "c", SecurityViolation = true });
        engine.GetScore("a", "c").Dimensions[TrustDimension.SecurityConduct].ShouldBeLessThan(0.5);
    }

    [Fact]
    public void RecordOutcome_OnlySuccessObserved_CombinedEqualsSuccessExpectation()
    {
        var engine = new TrustEngine(new TrustOptions());
        engine.RecordOutcome(new InteractionOutcome { Subject = "a", Capability = "c", Succeeded = true });
        var score = engine.GetScore("a", "c");
        score.Combined.ShouldBe(2.0 / 3, 1e-12);
        score.Dimensions[TrustDimension.Timeliness].ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void RecordOutcome_Capabilities_AreTrackedSeparately()
    {
        var engine = new TrustEngine(new TrustOptions());
        engine.RecordOutcome(Ok() with { Capability = "write", Succeeded = false, Valid = false, OnTime = false });
        engine.RecordOutcome(Ok());
        engine.GetScore("a", "search").Combined.ShouldBeGreaterThan(0.5);
        engine.GetScore("a", "write").Combined.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void GetHistory_RecordsScoresAtTimeProviderTimes()
    {
        var clock = new TestClock();
        var engine = new TrustEngine(new TrustOptions(), clock);
        var t0 = clock.Now;
        engine.RecordOutcome(Ok());
        clock.Advance(TimeSpan.FromMinutes(5));
        engine.RecordOutcome(Ok(good: false));
        var history = engine.GetHistory("a", "search");
        history.Count.ShouldBe(2);
        history[0].Timestamp.ShouldBe(t0);
        history[1].Timestamp.ShouldBe(t0.AddMinutes(5));
        history[1].Score.ShouldBeLessThan(history[0].Score);
    }

    [Fact]
    public void GetHistory_BeyondCapacity_KeepsNewest()
    {
        var engine = new TrustEngine(new TrustOptions { Direct = new DirectTrustOptions { HistoryCapacity = 3 } });
        for (var i = 0; i < 5; i++)
        {
            engine.RecordOutcome(Ok(good: i < 4));
        }

        var history = engine.GetHistory("a", "search");
        history.Count.ShouldBe(3);
        history[^1].Score.ShouldBe(engine.GetScore("a", "search").Combined, 1e-12);
    }
}
