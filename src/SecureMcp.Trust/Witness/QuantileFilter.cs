using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Witness;

/// <summary>The iterated filter of Whitby, Jøsang and Indulska (2004) against unfair raters.</summary>
/// <remarks>
/// Aggregate the evidence of every remaining rater; drop each rater whose own Beta(r+1, s+1) puts the aggregate's
/// expected value below its q quantile or above its 1−q quantile; repeat until nobody is dropped. If a round would
/// drop everyone, the filter stops before it, so it never returns an empty set for a non-empty input.
/// </remarks>
internal static class QuantileFilter
{
    /// <summary>Returns the indices of the raters kept.</summary>
    public static IReadOnlyList<int> Filter(IReadOnlyList<BetaEvidence> ratings, double quantile, int maxIterations)
    {
        var kept = Enumerable.Range(0, ratings.Count).ToList();
        for (var iteration = 0; iteration < maxIterations && kept.Count > 1; iteration++)
        {
            var aggregate = BetaEvidence.None;
            foreach (var i in kept)
            {
                aggregate = aggregate.Add(ratings[i]);
            }

            var expected = aggregate.Expected;
            var next = kept.Where(i => Accepts(ratings[i], expected, quantile)).ToList();
            if (next.Count == kept.Count || next.Count == 0)
            {
                break;
            }

            kept = next;
        }

        return kept;
    }

    private static bool Accepts(BetaEvidence rating, double aggregateExpected, double q)
    {
        var alpha = rating.Positive + 1;
        var beta = rating.Negative + 1;
        var cdf = BetaDistribution.Cdf(aggregateExpected, alpha, beta);
        return cdf >= q && cdf <= 1 - q;
    }
}
