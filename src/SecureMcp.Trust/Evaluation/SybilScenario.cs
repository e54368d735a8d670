using System.Globalization;
using SecureMcp.Trust.Sybil;

namespace SecureMcp.Trust.Evaluation;

/// <summary>A sybil region joined to an honest region by few attack edges, ranked by SybilRank from honest seeds.</summary>
internal static class SybilScenario
{
    public const int Degree = 10;
    public const int Seeds = 10;
    public const double TargetAuc = 0.95;
    public const double TargetPrecision = 0.90;

    public static (double Auc, double Precision) Measure(int honest, int sybils, int attackEdges, int seed)
    {
        var random = new Random(seed);
        var n = honest + sybils;
        var edges = new List<(int, int)>();
        RandomRegion(edges, 0, honest, random);
        RandomRegion(edges, honest, sybils, random);
        for (var e = 0; e < attackEdges; e++)
        {
            edges.Add((random.Next(honest), honest + random.Next(sybils)));
        }

        var graph = UndirectedGraph.FromEdges(n, edges);
        var seeds = new HashSet<int>();
        while (seeds.Count < Seeds)
        {
            seeds.Add(random.Next(honest));
        }

        var trust = SybilRank.Rank(graph, seeds);
        var isSybil = Enumerable.Range(0, n).Select(i => i >= honest).ToArray();
        return (RankMetrics.AucLowIsPositive(trust, isSybil), RankMetrics.PrecisionAtLowest(trust, isSybil, sybils));
    }

    public static IReadOnlyList<ScenarioResult> Run(ScenarioSizes sizes, int seed)
    {
        var (auc, precision) = Measure(sizes.SybilHonest, sizes.SybilCount, sizes.SybilAttackEdges, seed);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{sizes.SybilHonest} honest (degree {Degree}), {sizes.SybilCount} sybils, {sizes.SybilAttackEdges} attack edges, {Seeds} seeds");
        return
        [
            new ScenarioResult("sybil region: SybilRank AUC", auc, "≥ 0.95", auc >= TargetAuc, detail),
            new ScenarioResult(
                string.Create(CultureInfo.InvariantCulture, $"sybil region: precision in {sizes.SybilCount} lowest-ranked"),
                precision,
                "≥ 0.90",
                precision >= TargetPrecision,
                detail),
        ];
    }

    /// <summary>A random graph of average degree <see cref="Degree"/>: each node links to Degree/2 random others.</summary>
    private static void RandomRegion(List<(int, int)> edges, int offset, int count, Random random)
    {
        for (var v = 0; v < count; v++)
        {
            for (var k = 0; k < Degree / 2; k++)
            {
                var w = random.Next(count - 1);
                w = w >= v ? w + 1 : w;
                edges.Add((offset + v, offset + w));
            }
        }
    }
}
