using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Sybil;
using SecureMcp.Trust.Tests.Support;

namespace SecureMcp.Trust.Tests.Sybil;

public sealed class SybilTests
{
    [Fact]
    public void Rank_TwoCliquesJoinedByOneEdge_SeededSideRanksHigher()
    {
        var edges = new List<(int, int)>();
        for (var a = 0; a < 5; a++)
        {
            for (var b = a + 1; b < 5; b++)
            {
                edges.Add((a, b));
                edges.Add((a + 5, b + 5));
            }
        }

        edges.Add((4, 5));
        var trust = SybilRank.Rank(UndirectedGraph.FromEdges(10, edges), [0]);
        Enumerable.Range(0, 5).Min(i => trust[i]).ShouldBeGreaterThan(Enumerable.Range(5, 5).Max(i => trust[i]));
    }

    [Fact]
    public void DefaultIterations_IsCeilingLog2() => SybilRank.DefaultIterations(11_000).ShouldBe(14);

    [Fact]
    public void Analyze_SharedKeyAndBurst_FlagsOnlyThoseIdentities()
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var registrations = new List<IdentityRegistration>();
        for (var i = 0; i < 6; i++)
        {
            registrations.Add(new IdentityRegistration($"sybil-{i}", t0.AddSeconds(i), $"CN=bot-{i}", "10.0.0.9", "key-A"));
        }

        for (var i = 0; i < 6; i++)
        {
            registrations.Add(new IdentityRegistration($"honest-{i}", t0.AddHours(i + 1), $"CN=team{i}-svc", $"10.1.{i}.1", $"key-{i}"));
        }

        var acc = new SuspicionAccumulator();
        new BehaviouralSybilDetector(new SybilOptions()).Analyze(registrations, new Dictionary<string, IReadOnlyCollection<long>>(), acc);
        var results = acc.Results();
        results.Where(r => r.Score >= 0.5).Select(r => r.Identity).Order().ShouldBe(Enumerable.Range(0, 6).Select(i => $"sybil-{i}"));
        var first = results.First(r => r.Identity == "sybil-0");
        first.Reasons.ShouldContain(r => r.Contains("public key", StringComparison.Ordinal));
        first.Reasons.ShouldContain(r => r.Contains("burst", StringComparison.Ordinal));
        first.Reasons.ShouldContain(r => r.Contains("certificate subject pattern", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_LockstepActivity_FlagsThePair()
    {
        var together = Enumerable.Range(0, 20).Select(i => (long)(i * 7)).ToArray();
        var activity = new Dictionary<string, IReadOnlyCollection<long>>
        {
            ["a"] = together,
            ["b"] = together,
            ["c"] = Enumerable.Range(0, 20).Select(i => (long)(i * 5) + 1).ToArray(),
        };
        var acc = new SuspicionAccumulator();
        new BehaviouralSybilDetector(new SybilOptions()).Analyze([], activity, acc);
        var flagged = acc.Results().Select(r => r.Identity).Order().ToArray();
        flagged.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void RecomputeGlobalTrust_SybilsAttachedByOneEdge_ReportedWithReason()
    {
        var options = new TrustOptions { EigenTrust = new EigenTrustOptions { PreTrusted = ["h0"] } };
        var clock = new TestClock();
        var engine = new TrustEngine(options, clock);
        void Link(string a, string b)
        {
            engine.RecordOutcome(new InteractionOutcome { Subject = b, Capability = "c", Observer = a, Succeeded = true });
            clock.Advance(TimeSpan.FromSeconds(3));
        }

        var random = new Random(9);
        for (var i = 0; i < 60; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                Link($"h{i}", $"h{(i + 1 + random.Next(59)) % 60}");
            }
        }

        for (var i = 0; i < 12; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                Link($"s{i}", $"s{(i + 1 + random.Next(11)) % 12}");
            }
        }

        Link("h3", "s0");
        var snapshot = engine.RecomputeGlobalTrust();
        var flagged = snapshot.Suspicions.Select(s => s.Identity).ToHashSet();
        flagged.ShouldContain("s3");
        flagged.ShouldNotContain("h0");
        snapshot.Suspicions.First(s => s.Identity == "s3").Reasons.ShouldContain(r => r.Contains("SybilRank", StringComparison.Ordinal));
    }
}
