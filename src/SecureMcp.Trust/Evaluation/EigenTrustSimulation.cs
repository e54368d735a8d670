using SecureMcp.Trust.Propagation;

namespace SecureMcp.Trust.Evaluation;

/// <summary>
/// The file-sharing simulation of Kamvar et al.: good peers (the first few pre-trusted) and malicious peers that always
/// serve bad content. Each cycle every peer queries; a random subset responds; the source is chosen with probability
/// proportional to global trust (and, with probability 0.1, among zero-trust responders, to let newcomers in). A querier
/// never re-picks a zero-trust peer that already served it badly (its own local experience).
/// A bad interaction is a download served by a malicious peer; good peers' accidental errors (5%) still count as
/// unsatisfying in the ratings but are not the trust system's failure.
/// </summary>
internal sealed class EigenTrustSimulation(int peers, int preTrusted, double maliciousShare, bool collective, int seed)
{
    private const double ResponseProbability = 0.2;
    private const double ExploreProbability = 0.1;
    private const double GoodPeerErrorRate = 0.05;
    private const double Damping = 0.15;
    private const int WarmupCycles = 5;

    public List<double> BadShareByCycle { get; } = [];

    /// <summary>Runs the simulation; returns the share of bad downloads by good peers after warm-up.</summary>
    public double Run(int cycles)
    {
        var random = new Random(seed);
        var malicious = new bool[peers];
        var firstMalicious = peers - (int)Math.Round(peers * maliciousShare);
        for (var i = firstMalicious; i < peers; i++)
        {
            malicious[i] = true;
        }

        var graph = new LocalTrustGraph();
        graph.EnsureNode(peers - 1);
        if (collective)
        {
            // Threat model B: each malicious peer gives all its trust to the next malicious peer (a chain through the collective).
            for (var i = firstMalicious; i < peers; i++)
            {
                var next = i + 1 < peers ? i + 1 : firstMalicious;
                graph.Record(i, next, true, 1_000);
            }
        }

        var seeds = Enumerable.Range(0, preTrusted).ToArray();
        var p = EigenTrustSolver.PreTrustedDistribution(peers, seeds);
        var trust = (double[])p.Clone();
        long bad = 0, total = 0;
        var responders = new List<int>();
        var zero = new List<int>();
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            long cycleBad = 0, cycleTotal = 0;
            for (var q = 0; q < peers; q++)
            {
                responders.Clear();
                for (var r = 0; r < peers; r++)
                {
                    if (r != q && random.NextDouble() < ResponseProbability)
                    {
                        responders.Add(r);
                    }
                }

                if (responders.Count == 0)
                {
                    continue;
                }

                var source = Select(graph, q, responders, zero, trust, random);
                var authentic = !malicious[source] && random.NextDouble() >= GoodPeerErrorRate;
                if (!malicious[q])
                {
                    graph.Record(q, source, authentic);
                    cycleTotal++;
                    cycleBad += malicious[source] ? 1 : 0;
                }
                else if (!collective)
                {
                    // Threat model A: malicious peers value inauthentic downloads instead of authentic ones.
                    graph.Record(q, source, !authentic);
                }
            }

            trust = EigenTrustSolver.Solve(graph.BuildMatrix(), p, Damping, 1e-6, 200, trust).Trust;
            BadShareByCycle.Add(cycleTotal > 0 ? (double)cycleBad / cycleTotal : 0);
            if (cycle >= WarmupCycles)
            {
                bad += cycleBad;
                total += cycleTotal;
            }
        }

        return total > 0 ? (double)bad / total : 0;
    }

    private static int Select(LocalTrustGraph graph, int querier, List<int> responders, List<int> zero, double[] trust, Random random)
    {
        zero.Clear();
        double sum = 0;
        var known = graph.OutEdges(querier);
        foreach (var r in responders)
        {
            if (trust[r] <= 1e-12)
            {
                if (!known.TryGetValue(r, out var c) || c.Satisfied >= c.Unsatisfied)
                {
                    zero.Add(r);
                }
            }
            else
            {
                sum += trust[r];
            }
        }

        if (zero.Count > 0 && (sum <= 0 || random.NextDouble() < ExploreProbability))
        {
            return zero[random.Next(zero.Count)];
        }

        var pick = random.NextDouble() * sum;
        foreach (var r in responders)
        {
            if (trust[r] > 1e-12)
            {
                pick -= trust[r];
                if (pick <= 0)
                {
                    return r;
                }
            }
        }

        return responders[^1];
    }
}
