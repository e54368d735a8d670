using SecureMcp.Trust.Propagation;

namespace SecureMcp.Trust.Tests.Propagation;

public sealed class EigenTrustTests
{
    private static LocalTrustGraph SmallGraph()
    {
        var g = new LocalTrustGraph();
        g.EnsureNode(4);
        g.Record(0, 1, true, 3);
        g.Record(0, 2, true, 1);
        g.Record(1, 2, true, 2);
        g.Record(1, 3, false, 5);
        g.Record(2, 0, true, 1);
        g.Record(3, 4, true, 4);
        g.Record(4, 3, true, 4);
        return g; // node 3 and 4 trust each other; nobody honest trusts them
    }

    [Fact]
    public void BuildMatrix_NegativeBalance_ClampedAndRowsNormalised()
    {
        var m = SmallGraph().BuildMatrix();
        m.EdgeCount.ShouldBe(6); // 1→3 has more unsatisfied than satisfied
        m.Values[m.RowStart[0]..m.RowStart[1]].Sum().ShouldBe(1.0, 1e-12);
        m.Values[m.RowStart[0]].ShouldBe(0.75, 1e-12);
    }

    [Fact]
    public void Solve_SmallGraph_MatchesDenseReference()
    {
        var m = SmallGraph().BuildMatrix();
        var p = EigenTrustSolver.PreTrustedDistribution(5, [0]);
        var result = EigenTrustSolver.Solve(m, p, 0.15, 1e-13, 10_000);
        result.Converged.ShouldBeTrue();

        // Dense reference: t = (1−a)·(Cᵀt + dangling·p) + a·p, iterated to a fixed point.
        var c = new double[5, 5];
        for (var i = 0; i < 5; i++)
        {
            for (var k = m.RowStart[i]; k < m.RowStart[i + 1]; k++)
            {
                c[i, m.Columns[k]] = m.Values[k];
            }
        }

        var t = (double[])p.Clone();
        for (var it = 0; it < 5_000; it++)
        {
            var next = new double[5];
            for (var j = 0; j < 5; j++)
            {
                double s = 0;
                for (var i = 0; i < 5; i++)
                {
                    var row = 0.0;
                    for (var x = 0; x < 5; x++)
                    {
                        row += c[i, x];
                    }

                    s += (c[i, j] + ((1 - row) * p[j])) * t[i];
                }

                next[j] = (0.85 * s) + (0.15 * p[j]);
            }

            t = next;
        }

        for (var j = 0; j < 5; j++)
        {
            result.Trust[j].ShouldBe(t[j], 1e-9);
        }

        result.Trust.Sum().ShouldBe(1.0, 1e-9);
        result.Trust[3].ShouldBe(0, 1e-12);
        result.Trust[4].ShouldBe(0, 1e-12);
    }

    [Fact]
    public void Solve_ResidualReachesEpsilon()
    {
        var result = EigenTrustSolver.Solve(SmallGraph().BuildMatrix(), EigenTrustSolver.PreTrustedDistribution(5, [0]), 0.15, 1e-6, 500);
        result.Converged.ShouldBeTrue();
        result.Residual.ShouldBeLessThanOrEqualTo(1e-6);
    }

    [Fact]
    public void Solve_WarmStartFromSolution_ConvergesInOneIteration()
    {
        var m = SmallGraph().BuildMatrix();
        var p = EigenTrustSolver.PreTrustedDistribution(5, [0]);
        var cold = EigenTrustSolver.Solve(m, p, 0.15, 1e-10, 500);
        var warm = EigenTrustSolver.Solve(m, p, 0.15, 1e-9, 500, cold.Trust);
        cold.Iterations.ShouldBeGreaterThan(5);
        warm.Iterations.ShouldBe(1);
    }

    [Fact]
    public void PreTrustedDistribution_NoSeeds_IsUniform()
    {
        var p = EigenTrustSolver.PreTrustedDistribution(4, []);
        p.ShouldAllBe(v => Math.Abs(v - 0.25) < 1e-12);
    }

    [Fact]
    public void BuildMatrix_RingCap_MovesRingMassToSeeds()
    {
        var g = SmallGraph();
        var m = g.BuildMatrix([-1, -1, -1, 7, 7], 0.0);
        m.RowDeficit[3].ShouldBe(1.0, 1e-12);
        m.RowDeficit[0].ShouldBe(0.0, 1e-12);
    }
}
