namespace SecureMcp.Trust.Propagation;

/// <summary>EigenTrust (Kamvar, Schlosser and Garcia-Molina 2003): t ← (1−a)·Cᵀt + a·p until ‖Δt‖₁ ≤ ε.</summary>
internal static class EigenTrustSolver
{
    /// <summary>Builds the pre-trusted distribution p: uniform over the seeds, or over everyone when there are none.</summary>
    public static double[] PreTrustedDistribution(int nodeCount, IReadOnlyCollection<int> seeds)
    {
        var p = new double[nodeCount];
        if (seeds.Count == 0)
        {
            Array.Fill(p, 1.0 / Math.Max(1, nodeCount));
            return p;
        }

        foreach (var s in seeds)
        {
            p[s] = 1.0 / seeds.Count;
        }

        return p;
    }

    /// <param name="matrix">Row-normalised local trust.</param>
    /// <param name="preTrusted">Distribution p over seeds, summing to one.</param>
    /// <param name="damping">a: weight of p at each step.</param>
    /// <param name="epsilon">Stop when the L1 change is at most ε.</param>
    /// <param name="maxIterations">Hard bound on iterations.</param>
    /// <param name="warmStart">Previous trust vector to start from (incremental recomputation), or null to start at p.</param>
    public static EigenTrustResult Solve(
        SparseTrustMatrix matrix, double[] preTrusted, double damping, double epsilon, int maxIterations, double[]? warmStart = null)
    {
        var n = matrix.NodeCount;
        var t = warmStart is { } w && w.Length == n ? (double[])w.Clone() : (double[])preTrusted.Clone();
        var next = new double[n];
        var rowStart = matrix.RowStart;
        var cols = matrix.Columns;
        var vals = matrix.Values;
        var deficit = matrix.RowDeficit;
        double residual = double.PositiveInfinity;
        var iterations = 0;
        while (iterations < maxIterations)
        {
            iterations++;
            Array.Clear(next);
            double lost = 0;
            for (var i = 0; i < n; i++)
            {
                var ti = t[i];
                if (ti == 0)
                {
                    continue;
                }

                lost += ti * deficit[i];
                for (var k = rowStart[i]; k < rowStart[i + 1]; k++)
                {
                    next[cols[k]] += vals[k] * ti;
                }
            }

            var keep = 1 - damping;
            var toSeeds = (keep * lost) + damping;
            residual = 0;
            for (var j = 0; j < n; j++)
            {
                var v = (keep * next[j]) + (toSeeds * preTrusted[j]);
                residual += Math.Abs(v - t[j]);
                next[j] = v;
            }

            (t, next) = (next, t);
            if (residual <= epsilon)
            {
                return new EigenTrustResult(t, iterations, residual, true);
            }
        }

        return new EigenTrustResult(t, iterations, residual, false);
    }
}
