using System.Globalization;
using SecureMcp.Trust.Collusion;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Propagation;

namespace SecureMcp.Trust.Evaluation;

/// <summary>
/// Collusion rings (5 to 50 members) hidden among honest agents. Honest agents interact with ten random partners and
/// rate them by quality; ring members rate each other perfectly and often, and camouflage with a few outside ratings.
/// </summary>
internal static class CollusionScenario
{
    public const double TargetRecall = 0.9;
    public const double TargetFalsePositiveRate = 0.01;
    public const double TargetGain = 1.05;
    private const int HonestPartners = 10;
    private const int InteractionsPerPartner = 4;
    private const int CamouflagePartners = 3;
    private const int PreTrusted = 10;

    internal sealed record Outcome(double Recall, double FalsePositiveRate, double CappedGain, double UncappedGain);

    public static Outcome Measure(int agents, IReadOnlyList<int> ringSizes, int seed)
    {
        var random = new Random(seed);
        var ringOf = new int[agents];
        Array.Fill(ringOf, -1);
        var members = Enumerable.Range(PreTrusted, agents - PreTrusted).OrderBy(_ => random.Next()).ToArray();
        var next = 0;
        var rings = new List<int[]>();
        foreach (var size in ringSizes)
        {
            var ring = members.Skip(next).Take(size).ToArray();
            next += size;
            foreach (var m in ring)
            {
                ringOf[m] = rings.Count;
            }

            rings.Add(ring);
        }

        var quality = Enumerable.Range(0, agents).Select(i => ringOf[i] >= 0 ? 0.3 : 0.6 + (0.4 * random.NextDouble())).ToArray();
        var withRings = new LocalTrustGraph();
        var withoutRings = new LocalTrustGraph();
        withRings.EnsureNode(agents - 1);
        withoutRings.EnsureNode(agents - 1);
        for (var i = 0; i < agents; i++)
        {
            var partners = ringOf[i] >= 0 ? CamouflagePartners : HonestPartners;
            for (var k = 0; k < partners; k++)
            {
                var j = random.Next(agents);
                if (j == i)
                {
                    continue;
                }

                for (var x = 0; x < InteractionsPerPartner; x++)
                {
                    var good = random.NextDouble() < quality[j];
                    withRings.Record(i, j, good);
                    withoutRings.Record(i, j, good);
                }
            }
        }

        foreach (var ring in rings)
        {
            // Large rings need not be cliques: each pair is linked with probability min(1, 12/size).
            var linkProbability = Math.Min(1.0, 12.0 / ring.Length);
            for (var a = 0; a < ring.Length; a++)
            {
                for (var b = a + 1; b < ring.Length; b++)
                {
                    if (random.NextDouble() < linkProbability)
                    {
                        withRings.Record(ring[a], ring[b], true, 10);
                        withRings.Record(ring[b], ring[a], true, 10);
                    }
                }
            }
        }

        var options = new CollusionOptions();
        var detected = new CollusionDetector(options).Detect(withRings, out var detectedRing);
        var ringMembers = ringOf.Count(r => r >= 0);
        var honestCount = agents - ringMembers;
        var truePositives = Enumerable.Range(0, agents).Count(i => detectedRing[i] >= 0 && ringOf[i] >= 0);
        var falsePositives = Enumerable.Range(0, agents).Count(i => detectedRing[i] >= 0 && ringOf[i] < 0);
        _ = detected;

        var seeds = Enumerable.Range(0, PreTrusted).ToArray();
        var p = EigenTrustSolver.PreTrustedDistribution(agents, seeds);
        var e = new EigenTrustOptions();
        double MeanRingTrust(SparseTrustMatrix m)
        {
            var t = EigenTrustSolver.Solve(m, p, e.Damping, e.Epsilon, e.MaxIterations).Trust;
            return Enumerable.Range(0, agents).Where(i => ringOf[i] >= 0).Average(i => t[i]);
        }

        var baseline = MeanRingTrust(withoutRings.BuildMatrix());
        var capped = MeanRingTrust(withRings.BuildMatrix(detectedRing, options.RingTrustCap));
        var uncapped = MeanRingTrust(withRings.BuildMatrix());
        return new Outcome(
            (double)truePositives / ringMembers,
            (double)falsePositives / honestCount,
            capped / baseline,
            uncapped / baseline);
    }

    public static IReadOnlyList<ScenarioResult> Run(ScenarioSizes sizes, int seed)
    {
        var o = Measure(sizes.CollusionAgents, sizes.RingSizes, seed);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{sizes.CollusionAgents} agents, rings of {string.Join("/", sizes.RingSizes)}; without the cap rings gain {o.UncappedGain:0.00}×");
        return
        [
            new ScenarioResult("collusion rings: recall", o.Recall, "≥ 0.90", o.Recall >= TargetRecall, detail),
            new ScenarioResult("collusion rings: false-positive rate", o.FalsePositiveRate, "≤ 0.01", o.FalsePositiveRate <= TargetFalsePositiveRate, detail),
            new ScenarioResult(
                "collusion rings: global trust gain of members (capped ÷ no-ring baseline)",
                o.CappedGain,
                "≤ 1.05",
                o.CappedGain <= TargetGain,
                detail),
        ];
    }
}
