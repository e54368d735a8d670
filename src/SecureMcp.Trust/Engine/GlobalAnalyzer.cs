using SecureMcp.Trust.Collusion;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Propagation;
using SecureMcp.Trust.Sybil;

namespace SecureMcp.Trust.Engine;

/// <summary>The scheduled part of the engine: collusion detection, capped EigenTrust, SybilRank and sybil heuristics.</summary>
internal sealed class GlobalAnalyzer(TrustOptions options)
{
    public (GlobalTrustSnapshot Snapshot, double[] Vector) Analyze(
        LocalTrustGraph graph,
        IReadOnlyCollection<IdentityRegistration> registrations,
        IReadOnlyDictionary<string, IReadOnlyCollection<long>> activity,
        double[]? previous,
        DateTimeOffset now)
    {
        var rings = new CollusionDetector(options.Collusion).Detect(graph, out var ringOf);
        var matrix = graph.BuildMatrix(ringOf, options.Collusion.RingTrustCap);
        var seeds = Seeds(graph.Nodes);
        var p = EigenTrustSolver.PreTrustedDistribution(graph.NodeCount, seeds);
        var e = options.EigenTrust;
        var result = EigenTrustSolver.Solve(matrix, p, e.Damping, e.Epsilon, e.MaxIterations, previous);

        var names = graph.Nodes;
        var trust = new Dictionary<string, double>(graph.NodeCount, StringComparer.Ordinal);
        for (var i = 0; i < graph.NodeCount; i++)
        {
            trust[names.NameOf(i)] = result.Trust[i];
        }

        var accumulator = new SuspicionAccumulator();
        var undirected = Undirected(graph);
        if (seeds.Count > 0)
        {
            var ranked = SybilRank.Rank(undirected, seeds, options.Sybil.Iterations);
            GraphSybilSignal.Add(undirected, ranked, names.NameOf, accumulator);
        }

        new BehaviouralSybilDetector(options.Sybil).Analyze(registrations, activity, accumulator);
        var suspicions = accumulator.Results().Where(s => s.Score >= options.Sybil.SuspicionThreshold).ToArray();
        var ringRecords = rings
            .Select(r =>
            {
                var set = new HashSet<int>(r);
                var share = r.Average(m => CollusionDetector.InsideShare(graph, m, set));
                return new CollusionRing([.. r.Select(names.NameOf)], RingDensity(graph, r, set), share);
            })
            .ToArray();
        var snapshot = new GlobalTrustSnapshot(now, trust, result.Iterations, result.Converged, ringRecords, suspicions);
        return (snapshot, result.Trust);
    }

    private List<int> Seeds(NodeIndex nodes)
    {
        var seeds = new List<int>();
        foreach (var name in options.EigenTrust.PreTrusted)
        {
            if (nodes.TryGet(name, out var id))
            {
                seeds.Add(id);
            }
        }

        return seeds;
    }

    private double RingDensity(LocalTrustGraph graph, int[] ring, HashSet<int> set)
    {
        long mutual = 0;
        foreach (var m in ring)
        {
            foreach (var (j, c) in graph.OutEdges(m))
            {
                if (set.Contains(j) && c.PositiveShare >= options.Collusion.HighRatingThreshold
                    && graph.OutEdges(j).TryGetValue(m, out var back) && back.PositiveShare >= options.Collusion.HighRatingThreshold)
                {
                    mutual++;
                }
            }
        }

        return ring.Length > 1 ? mutual / ((double)ring.Length * (ring.Length - 1)) : 0;
    }

    private static UndirectedGraph Undirected(LocalTrustGraph graph)
    {
        var edges = new List<(int, int)>();
        for (var i = 0; i < graph.NodeCount; i++)
        {
            foreach (var j in graph.OutEdges(i).Keys)
            {
                // Keep each pair once: i<j always, j<i only when the reverse edge does not exist.
                if (i < j || !graph.OutEdges(j).ContainsKey(i))
                {
                    edges.Add((i, j));
                }
            }
        }

        return UndirectedGraph.FromEdges(graph.NodeCount, edges);
    }
}
