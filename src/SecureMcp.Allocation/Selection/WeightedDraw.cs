namespace SecureMcp.Allocation.Selection;

/// <summary>Draws an index with probability proportional to its weight.</summary>
internal static class WeightedDraw
{
    public static int Draw(ReadOnlySpan<double> weights, double total, double u)
    {
        var target = u * total;
        double acc = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            acc += weights[i];
            if (target < acc)
            {
                return i;
            }
        }

        // Rounding: fall back to the last index with positive weight.
        for (var i = weights.Length - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
