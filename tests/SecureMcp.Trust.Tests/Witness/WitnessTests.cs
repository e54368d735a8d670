using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Witness;

namespace SecureMcp.Trust.Tests.Witness;

public sealed class WitnessTests
{
    [Theory]
    [InlineData(0.3, 1, 1, 0.3)]
    [InlineData(0.5, 4, 4, 0.5)]
    [InlineData(0.6, 2, 1, 0.36)]
    [InlineData(0.6, 1, 2, 0.84)]
    public void Cdf_ClosedForms_Match(double x, double a, double b, double expected) =>
        BetaDistribution.Cdf(x, a, b).ShouldBe(expected, 1e-10);

    [Fact]
    public void Quantile_InvertsCdf()
    {
        var q = BetaDistribution.Quantile(0.01, 19, 3);
        BetaDistribution.Cdf(q, 19, 3).ShouldBe(0.01, 1e-9);
    }

    [Fact]
    public void Filter_OneUnfairRaterAmongHonest_IsExcluded()
    {
        var ratings = new List<BetaEvidence> { new(8, 2), new(9, 1), new(7, 3), new(8, 2), new(0, 10) };
        var kept = QuantileFilter.Filter(ratings, 0.01, 10);
        kept.ShouldBe([0, 1, 2, 3]);
    }

    [Fact]
    public void Filter_AgreeingRaters_AllKept() =>
        QuantileFilter.Filter([new(5, 5), new(6, 4), new(4, 6)], 0.01, 10).Count.ShouldBe(3);

    [Fact]
    public void ObserveDirect_InvertingWitness_LosesCredibility()
    {
        var engine = new TrustEngine(new TrustOptions());
        for (var s = 0; s < 10; s++)
        {
            var subject = "s" + s;
            var good = s % 2 == 0;
            engine.RecordWitnessReport(new WitnessReport("honest", subject, "c", good ? 9 : 1, good ? 1 : 9));
            engine.RecordWitnessReport(new WitnessReport("liar", subject, "c", good ? 1 : 9, good ? 9 : 1));
            engine.RecordOutcome(new InteractionOutcome { Subject = subject, Capability = "c", Succeeded = good });
        }

        engine.GetWitnessCredibility("honest").ShouldBeGreaterThan(0.7);
        engine.GetWitnessCredibility("liar").ShouldBeLessThan(0.3);
    }

    [Fact]
    public void GetReputation_AfterLearning_IgnoresLiarAndFollowsHonestWitness()
    {
        var engine = new TrustEngine(new TrustOptions());
        for (var s = 0; s < 10; s++)
        {
            var good = s % 2 == 0;
            engine.RecordWitnessReport(new WitnessReport("honest", "s" + s, "c", good ? 9 : 1, good ? 1 : 9));
            engine.RecordWitnessReport(new WitnessReport("liar", "s" + s, "c", good ? 1 : 9, good ? 9 : 1));
            engine.RecordOutcome(new InteractionOutcome { Subject = "s" + s, Capability = "c", Succeeded = good });
        }

        engine.RecordWitnessReport(new WitnessReport("honest", "new", "c", 9, 1));
        engine.RecordWitnessReport(new WitnessReport("liar", "new", "c", 1, 9));
        var estimate = engine.GetReputation("new", "c");
        estimate.WitnessesRejected.ShouldContain("liar");
        estimate.WitnessesUsed.ShouldBe(["honest"]);
        estimate.Expected.ShouldBeGreaterThan(0.6);
    }

    [Fact]
    public void GetReputation_NoReports_EqualsDirectOpinion()
    {
        var engine = new TrustEngine(new TrustOptions());
        engine.RecordOutcome(new InteractionOutcome { Subject = "x", Capability = "c", Succeeded = true });
        engine.GetReputation("x", "c").Expected.ShouldBe(2.0 / 3, 1e-12);
    }
}
