using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using SecureMcp.Policy.Engine;

namespace SecureMcp.Benchmarks.Policy;

/// <summary>
/// Per-call latency distribution (BenchmarkDotNet's percentiles are over iteration means, not single calls):
/// each invocation times 20,000 single decisions and prints their p50, p99 and max in the cleanup.
/// </summary>
[MemoryDiagnoser]
public class PolicyLatencyBenchmarks
{
    private const int Calls = 20_000;
    private readonly long[] _ticks = new long[Calls];
    private readonly List<long> _all = [];
    private PolicyScenario _scenario = null!;

    [GlobalSetup]
    public void Setup() => _scenario = new PolicyScenario();

    [Benchmark(OperationsPerInvoke = Calls)]
    public void TimedDecisions()
    {
        var policy = _scenario.Policy;
        var request = _scenario.Allowed;
        for (var i = 0; i < Calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            policy.Decide(request);
            _ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        if (_all.Count < 2_000_000)
        {
            _all.AddRange(_ticks);
        }
    }

    [GlobalCleanup]
    public void Report()
    {
        _all.Sort();
        double Micros(double q) => _all[(int)Math.Min(_all.Count - 1, q * _all.Count)] * 1e6 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// policy decision latency over {_all.Count} calls: p50 {Micros(0.50):0.00} us, p99 {Micros(0.99):0.00} us, p99.9 {Micros(0.999):0.00} us, max {Micros(1.0):0.00} us"));
    }
}
