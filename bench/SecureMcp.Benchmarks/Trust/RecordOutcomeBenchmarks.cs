using BenchmarkDotNet.Attributes;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Benchmarks.Trust;

/// <summary>The hot path: recording one outcome (direct evidence, prediction, history, witness credibility, activity).</summary>
[MemoryDiagnoser]
public class RecordOutcomeBenchmarks
{
    private const int Subjects = 1_000;
    private TrustEngine _engine = null!;
    private InteractionOutcome[] _outcomes = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new TrustEngine(new TrustOptions());
        var random = new Random(3);
        _outcomes = Enumerable.Range(0, 4_096).Select(i => new InteractionOutcome
        {
            Subject = "agent-" + random.Next(Subjects),
            Capability = "tool-" + (i % 8),
            Succeeded = random.NextDouble() < 0.8,
            Valid = random.NextDouble() < 0.9,
            OnTime = random.NextDouble() < 0.9,
        }).ToArray();
        foreach (var o in _outcomes)
        {
            _engine.RecordOutcome(o);
        }
    }

    [Benchmark]
    public double RecordOutcome()
    {
        var outcome = _outcomes[_next];
        _next = (_next + 1) & (_outcomes.Length - 1);
        return _engine.RecordOutcome(outcome);
    }

    [Benchmark]
    public double GetScore() => _engine.GetScore("agent-17", "tool-1").Combined;
}
