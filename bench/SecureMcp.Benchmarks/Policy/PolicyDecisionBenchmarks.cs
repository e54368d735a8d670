using BenchmarkDotNet.Attributes;
using SecureMcp.Policy.Engine;

namespace SecureMcp.Benchmarks.Policy;

/// <summary>One policy decision with 1,000 rules and 100 roles. Goal: ≤ 20 µs at p99, no allocation per call.</summary>
[MemoryDiagnoser]
public class PolicyDecisionBenchmarks
{
    private PolicyScenario _scenario = null!;

    [GlobalSetup]
    public void Setup() => _scenario = new PolicyScenario();

    [Benchmark(Baseline = true)]
    public int DecideAllowed() => (int)_scenario.Policy.Decide(_scenario.Allowed).Effect;

    [Benchmark]
    public int DecideDefaultDeny() => (int)_scenario.Policy.Decide(_scenario.Denied).Effect;

    [Benchmark]
    public bool IsVisibleForListing() => _scenario.Policy.IsVisible(_scenario.Allowed);
}
