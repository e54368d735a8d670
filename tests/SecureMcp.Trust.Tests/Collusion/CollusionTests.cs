using SecureMcp.Trust.Collusion;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Propagation;

namespace SecureMcp.Trust.Tests.Collusion;

public sealed class CollusionTests
{
    private static LocalTrustGraph HonestWithRing(int honest, int[] ring, int seed)
    {
        var random = new Random(seed);
        var g = new LocalTrustGraph();
        g.EnsureNode(honest + ring.Length - 1);
        for (var i = 0; i < honest; i++)
        {
            for (var k = 0; k < 8; k++)
            {
                var j = random.Next(honest + ring.Length);
                if (j != i)
                {
                    g.Record(i, j, random.NextDouble() < 0.8, 3);
                }
            }
        }

        foreach (var a in ring)
        {
            foreach (var b in ring.Where(b => b != a))
            {
                g.Record(a, b, true, 10);
            }

            g.Record(a, random.Next(honest), true, 2);
        }

        return g;
    }

    [Fact]
    public void Detect_RingOfFive_FoundWithoutHonestMembers()
    {
        var ring = Enumerable.Range(200, 5).ToArray();
        var rings = new CollusionDetector(new CollusionOptions()).Detect(HonestWithRing(200, ring, 1), out var ringOf);
        rings.Count.ShouldBe(1);
        rings[0].ShouldBe(ring);
        ringOf.Take(200).ShouldAllBe(r => r == -1);
    }

    [Fact]
    public void Detect_HonestPopulationOnly_FindsNothing()
    {
        var rings = new CollusionDetector(new CollusionOptions()).Detect(HonestWithRing(300, [], 2), out _);
        rings.ShouldBeEmpty();
    }

    [Fact]
    public void RecomputeGlobalTrust_RingCapped_MembersGainNothingFromEachOther()
    {
        var options = new TrustOptions { EigenTrust = new EigenTrustOptions { PreTrusted = ["h0"] } };
        var engine = new TrustEngine(options);
        void Rate(string from, string to, bool good, int times)
        {
            for (var i = 0; i < times; i++)
            {
                engine.RecordOutcome(new InteractionOutcome { Subject = to, Capability = "c", Observer = from, Succeeded = good });
            }
        }

        for (var i = 0; i < 10; i++)
        {
            Rate($"h{i}", $"h{(i + 1) % 10}", true, 3);
            Rate($"h{i}", $"h{(i + 3) % 10}", true, 3);
        }

        Rate("h2", "r0", true, 1);
        for (var a = 0; a < 4; a++)
        {
            for (var b = 0; b < 4; b++)
            {
                if (a != b)
                {
                    Rate($"r{a}", $"r{b}", true, 20);
                }
            }
        }

        var snapshot = engine.RecomputeGlobalTrust();
        snapshot.Rings.Count.ShouldBe(1);
        snapshot.Rings[0].Members.Order().ShouldBe(["r0", "r1", "r2", "r3"]);
        // With the cap at 0, r1..r3 only receive trust through ring edges, which no longer count.
        snapshot.GlobalTrust["r1"].ShouldBe(0, 1e-12);
        snapshot.GlobalTrust["h5"].ShouldBeGreaterThan(0.01);
    }
}
