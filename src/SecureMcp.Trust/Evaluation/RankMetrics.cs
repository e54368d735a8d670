namespace SecureMcp.Trust.Evaluation;

/// <summary>Ranking quality: ROC AUC (Mann–Whitney, ties averaged) and precision among the lowest-ranked.</summary>
internal static class RankMetrics
{
    /// <summary>P(score of a random positive &lt; score of a random negative): positives should rank low.</summary>
    public static double AucLowIsPositive(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var average = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = average;
            }

            i = j + 1;
        }

        double negativeRankSum = 0;
        long positives = 0, negatives = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (positive[i])
            {
                positives++;
            }
            else
            {
                negatives++;
                negativeRankSum += ranks[i];
            }
        }

        // U counts pairs where a negative ranks above a positive.
        var u = negativeRankSum - (negatives * (negatives + 1) / 2.0);
        return positives == 0 || negatives == 0 ? 0.5 : u / ((double)positives * negatives);
    }

    /// <summary>Share of positives among the <paramref name="k"/> lowest scores.</summary>
    public static double PrecisionAtLowest(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, int k)
    {
        var lowest = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ThenBy(i => i).Take(k);
        return (double)lowest.Count(i => positive[i]) / k;
    }
}
