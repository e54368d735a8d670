using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Tests.Direct;

public sealed class FormulaTests
{
    private const double Exact = 1e-9;

    [Fact]
    public void BetaEvidence_Expected_EightTwo_IsThreeQuarters() =>
        new BetaEvidence(8, 2).Expected.ShouldBe(0.75, Exact);

    [Fact]
    public void BetaEvidence_Expected_NoEvidence_IsHalf() =>
        BetaEvidence.None.Expected.ShouldBe(0.5, Exact);

    [Fact]
    public void Opinion_FromEvidence_EightTwo_MatchesPublishedMasses()
    {
        var o = Opinion.FromEvidence(new BetaEvidence(8, 2), 0.5, 2);
        o.Belief.ShouldBe(8.0 / 12, Exact);
        o.Disbelief.ShouldBe(2.0 / 12, Exact);
        o.Uncertainty.ShouldBe(2.0 / 12, Exact);
        o.Expected.ShouldBe(0.75, Exact);
    }

    [Fact]
    public void Opinion_ToEvidence_RoundTrip_ReturnsOriginalEvidence()
    {
        var e = Opinion.FromEvidence(new BetaEvidence(3.5, 1.25)).ToEvidence();
        e.Positive.ShouldBe(3.5, Exact);
        e.Negative.ShouldBe(1.25, Exact);
    }

    [Fact]
    public void Discount_PublishedDefinition_GivesProductMasses()
    {
        var r = SubjectiveLogic.Discount(new Opinion(0.7, 0.1, 0.2, 0.5), new Opinion(0.6, 0.2, 0.2, 0.3));
        r.Belief.ShouldBe(0.42, Exact);
        r.Disbelief.ShouldBe(0.14, Exact);
        r.Uncertainty.ShouldBe(0.44, Exact);
        r.BaseRate.ShouldBe(0.3, Exact);
    }

    [Fact]
    public void Discount_DogmaticFullTrust_ReturnsAdviceUnchanged()
    {
        var advice = new Opinion(0.5, 0.3, 0.2, 0.5);
        SubjectiveLogic.Discount(new Opinion(1, 0, 0, 0.5), advice).ShouldBe(advice);
    }

    [Fact]
    public void DiscountByProjection_VacuousTrust_ScalesAdviceByBaseRate()
    {
        var r = SubjectiveLogic.DiscountByProjection(Opinion.Vacuous(0.5), new Opinion(0.6, 0.2, 0.2, 0.5));
        r.Belief.ShouldBe(0.3, Exact);
        r.Disbelief.ShouldBe(0.1, Exact);
        r.Uncertainty.ShouldBe(0.6, Exact);
    }

    [Fact]
    public void CumulativeFuse_TwoEvidenceOpinions_EqualsEvidenceAddition()
    {
        var fused = SubjectiveLogic.CumulativeFuse(
            Opinion.FromEvidence(new BetaEvidence(8, 2)), Opinion.FromEvidence(new BetaEvidence(4, 6)));
        fused.Belief.ShouldBe(12.0 / 22, Exact);
        fused.Disbelief.ShouldBe(8.0 / 22, Exact);
        fused.Uncertainty.ShouldBe(2.0 / 22, Exact);
        fused.BaseRate.ShouldBe(0.5, Exact);
    }

    [Fact]
    public void CumulativeFuse_WithVacuous_IsIdentity()
    {
        var o = new Opinion(0.5, 0.25, 0.25, 0.4);
        var fused = SubjectiveLogic.CumulativeFuse(o, Opinion.Vacuous(0.4));
        fused.Belief.ShouldBe(0.5, Exact);
        fused.Disbelief.ShouldBe(0.25, Exact);
        fused.Uncertainty.ShouldBe(0.25, Exact);
        fused.BaseRate.ShouldBe(0.4, Exact);
    }

    [Fact]
    public void CumulativeFuse_TwoDogmatic_Averages()
    {
        var fused = SubjectiveLogic.CumulativeFuse(new Opinion(1, 0, 0, 0.5), new Opinion(0.5, 0.5, 0, 0.5));
        fused.Belief.ShouldBe(0.75, Exact);
        fused.Uncertainty.ShouldBe(0, Exact);
    }
}
