using BenchmarkDotNet.Attributes;
using SecureMcp.Trust.Propagation;

namespace SecureMcp.Benchmarks.Trust;

/// <summary>EigenTrust to ε = 1e-6 from a cold start, single-threaded, on random sparse graphs.</summary>
[MemoryDiagnoser]
public class EigenTrustBenchmarks
{
    private SparseTrustMatrix _matrix = null!;
    private double[] _preTrusted = null!;

    [Params(10_000, 100_000)]
    public int Agents { get; set; }

    [Params(20)]
    public int EdgesPerAgent { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var edges = new List<(int, int, double)>(Agents * EdgesPerAgent);
        for (var i = 0; i < Agents; i++)
        {
            for (var k = 0; k < EdgesPerAgent; k++)
            {
                edges.Add((i, random.Next(Agents), 1 + random.Next(20)));
            }
        }

        _matrix = SparseTrustMatrix.FromWeights(Agents, edges);
        _preTrusted = EigenTrustSolver.PreTrustedDistribution(Agents, Enumerable.Range(0, 10).ToArray());
    }

    [Benchmark]
    public int Solve()
    {
        var result = EigenTrustSolver.Solve(_matrix, _preTrusted, 0.15, 1e-6, 200);
        return result.Converged ? result.Iterations : throw new InvalidOperationException("EigenTrust did not converge.");
    }
}
