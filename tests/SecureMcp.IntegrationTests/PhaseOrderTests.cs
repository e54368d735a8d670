using SecureMcp.Cli.Bench;

namespace SecureMcp.IntegrationTests;

/// <summary>The benchmark's phase order: over n rounds every target runs in every position and follows every other target once.</summary>
/// <remarks>Kept beside the bench process tests because the CLI has no unit-test project.</remarks>
public sealed class PhaseOrderTests
{
    [Fact]
    public void ForRound_FourTargetsOverFourRounds_EachFollowsEveryOtherExactlyOnce()
    {
        string[] targets = ["a", "b", "c", "d"];
        var rounds = Enumerable.Range(0, 4).Select(r => PhaseOrder.ForRound(targets, r)).ToList();

        var pairs = rounds.SelectMany(order => order.Zip(order.Skip(1), (first, next) => (first, next))).ToList();
        pairs.Count.ShouldBe(12);
        pairs.Distinct().Count().ShouldBe(12);
        pairs.ShouldAllBe(p => p.first != p.next);
        for (var position = 0; position < 4; position++)
        {
            rounds.Select(order => order[position]).Distinct().Count().ShouldBe(4);
        }
    }
}
