namespace SecureMcp.Trust.Sybil;

/// <summary>SybilRank (Cao et al. 2012): early-terminated trust propagation from verified seeds.</summary>
/// <remarks>
/// Total trust n starts split among the seeds and spreads by ⌈log2 n⌉ power iterations of
/// T(v) ← Σ_{u ∈ N(v)} T(u)/deg(u). Stopping before the walk mixes keeps most trust inside the honest region,
/// because few attack edges lead into the sybil region. Nodes are ranked by degree-normalised trust T(v)/deg(v).
/// </remarks>
internal static class SybilRank
{
    public static int DefaultIterations(int nodeCount) => (int)Math.Ceiling(Math.Log2(Math.Max(2, nodeCount)));

    /// <summary>Returns the degree-normalised trust of every node (0 for isolated nodes).</summary>
    public static double[] Rank(UndirectedGraph graph, IReadOnlyCollection<int> seeds, int iterations = 0)
    {
        var n = graph.NodeCount;
        var rounds = iterations > 0 ? iterations : DefaultIterations(n);
        var t = new double[n];
        var next = new double[n];
        if (seeds.Count == 0 || n == 0)
        {
            return t;
        }

        foreach (var s in seeds)
        {
            t[s] += (double)n / seeds.Count;
        }

        var start = graph.Start;
        var neighbours = graph.Neighbours;
        for (var round = 0; round < rounds; round++)
        {
            Array.Clear(next);
            for (var u = 0; u < n; u++)
            {
                var degree = start[u + 1] - start[u];
                if (degree == 0 || t[u] == 0)
                {
                    continue;
                }

                var share = t[u] / degree;
                for (var k = start[u]; k < start[u + 1]; k++)
                {
                    next[neighbours[k]] += share;
                }
            }

            (t, next) = (next, t);
        }

        for (var v = 0; v < n; v++)
        {
            var degree = graph.Degree(v);
            t[v] = degree > 0 ? t[v] / degree : 0;
        }

        return t;
    }
}
