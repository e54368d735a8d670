using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Trust.Tests.Evaluation;

/// <summary>Every evaluation target, asserted on reduced sizes.</summary>
public sealed class ScenarioTargetTests
{
    private const int Seed = 42;

    [Fact]
    public void FormulaChecks_Run_AllExactWithin1e9()
    {
        var r = FormulaChecksScenario.Run();
        r.Measured.ShouldBeLessThanOrEqualTo(1e-9);
        r.Passed.ShouldBeTrue();
    }

    [Fact]
    public void TurnsBad_Run_BelowHalfWithinSevenFailures()
    {
        var series = new List<TimeSeries>();
        var r = TurnsBadScenario.Run(Seed, series);
        r.Measured.ShouldBeLessThanOrEqualTo(7);
        series.Count.ShouldBe(3);
    }

    [Fact]
    public void EigenTrust_IndependentMalicious_AtMostTwelvePercentBad()
    {
        var share = EigenTrustScenario.BadShare(ScenarioSizes.Quick, collective: false, Seed);
        share.ShouldBeLessThanOrEqualTo(0.12);
    }

    [Fact]
    public void EigenTrust_Collective_AtMostTwoPointsWorse()
    {
        var independent = EigenTrustScenario.BadShare(ScenarioSizes.Quick, collective: false, Seed);
        var collective = EigenTrustScenario.BadShare(ScenarioSizes.Quick, collective: true, Seed);
        collective.ShouldBeLessThanOrEqualTo(independent + 0.02);
    }

    [Fact]
    public void EigenTrust_NoTrustSystemBaseline_IsMuchWorse()
    {
        // Sanity check that the target is not trivially met: the first cycles, before trust builds, are far worse.
        var sim = new EigenTrustSimulation(100, 3, 0.7, false, Seed);
        sim.Run(3);
        sim.BadShareByCycle[0].ShouldBeGreaterThan(0.12);
    }

    [Fact]
    public void LyingWitnesses_Filtered_ErrorAtMostTenthAndTwiceBetterThanAveraging()
    {
        var (filtered, averaged) = LyingWitnessScenario.MeanErrors(ScenarioSizes.Quick.WitnessTrials, Seed);
        filtered.ShouldBeLessThanOrEqualTo(0.10);
        (averaged / filtered).ShouldBeGreaterThanOrEqualTo(2.0);
    }

    [Fact]
    public void SybilRegion_Reduced_AucAndPrecisionMeetTargets()
    {
        var (auc, precision) = SybilScenario.Measure(2_000, 200, 20, Seed);
        auc.ShouldBeGreaterThanOrEqualTo(0.95);
        precision.ShouldBeGreaterThanOrEqualTo(0.90);
    }

    [Fact]
    public void SybilRegion_ManyAttackEdges_DegradesRanking()
    {
        // With as many attack edges as honest edges the regions merge; the ranking must degrade (the metric can fail).
        var (auc, _) = SybilScenario.Measure(1_000, 100, 5_000, Seed);
        auc.ShouldBeLessThan(0.95);
    }

    [Fact]
    public void CollusionRings_Reduced_RecallFalsePositivesAndNoGain()
    {
        var o = CollusionScenario.Measure(ScenarioSizes.Quick.CollusionAgents, ScenarioSizes.Quick.RingSizes, Seed);
        o.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
        o.FalsePositiveRate.ShouldBeLessThanOrEqualTo(0.01);
        o.CappedGain.ShouldBeLessThanOrEqualTo(1.05);
        o.UncappedGain.ShouldBeGreaterThan(1.5);
    }

    [Fact]
    public void Prediction_Reduced_CalibratedAndBetterThanBaseRate()
    {
        var (ece, brier, baseline) = PredictionScenario.Measure(ScenarioSizes.Quick.PredictionOutcomes, Seed);
        ece.ShouldBeLessThanOrEqualTo(0.05);
        brier.ShouldBeLessThan(baseline);
    }
}
