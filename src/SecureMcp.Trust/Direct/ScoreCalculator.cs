using SecureMcp.Trust.Config;

namespace SecureMcp.Trust.Direct;

/// <summary>Turns the per-dimension evidence of a record into a <see cref="TrustScore"/>.</summary>
/// <remarks>
/// Only observed dimensions enter the combination (weights renormalised), so an agent that is never checked for,
/// say, timeliness is judged on what was seen; a newcomer with no evidence scores exactly the base rate.
/// </remarks>
internal static class ScoreCalculator
{
    private static readonly TrustDimension[] AllDimensions = Enum.GetValues<TrustDimension>();

    public static double DimensionExpected(BetaEvidence e, DirectTrustOptions o) =>
        (e.Positive + (o.PriorWeight * o.BaseRate)) / (e.Total + o.PriorWeight);

    public static double Combined(DirectTrustRecord record, DirectTrustOptions o)
    {
        double weighted = 0, weights = 0;
        foreach (var dim in AllDimensions)
        {
            var e = record[dim];
            if (e.Total <= 0)
            {
                continue;
            }

            var w = o.Weights.Of(dim);
            weighted += w * DimensionExpected(e, o);
            weights += w;
        }

        return weights > 0 ? weighted / weights : o.BaseRate;
    }

    public static TrustScore Score(SubjectKey key, DirectTrustRecord? record, DirectTrustOptions o)
    {
        var dims = new Dictionary<TrustDimension, double>(AllDimensions.Length);
        if (record is null)
        {
            foreach (var dim in AllDimensions)
            {
                dims[dim] = o.BaseRate;
            }

            return new TrustScore(key.Subject, key.Capability, o.BaseRate, Opinion.Vacuous(o.BaseRate), dims, 0);
        }

        double r = 0, s = 0, weights = 0;
        foreach (var dim in AllDimensions)
        {
            var e = record[dim];
            dims[dim] = DimensionExpected(e, o);
            if (e.Total > 0)
            {
                var w = o.Weights.Of(dim);
                r += w * e.Positive;
                s += w * e.Negative;
                weights += w;
            }
        }

        var evidence = weights > 0 ? new BetaEvidence(r / weights, s / weights) : BetaEvidence.None;
        var opinion = Opinion.FromEvidence(evidence, o.BaseRate, o.PriorWeight);
        return new TrustScore(key.Subject, key.Capability, Combined(record, o), opinion, dims, record.Observations);
    }
}
