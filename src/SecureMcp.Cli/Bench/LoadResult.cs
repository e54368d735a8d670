namespace SecureMcp.Cli.Bench;

/// <summary>What one or more load phases against one target measured: every successful call's latency.</summary>
internal sealed class LoadResult(string target, int clients, List<double> latenciesMicros, long errors, TimeSpan elapsed, PhaseSample cost = default)
{
    private readonly List<double> _sorted = latenciesMicros.Order().ToList();

    public string Target => target;

    public int Clients => clients;

    public long Calls => _sorted.Count;

    public long Errors => errors;

    public TimeSpan Elapsed => elapsed;

    /// <summary>CPU and connections spent during the measured phases (zero when no <see cref="PhaseMeter"/> was given).</summary>
    public PhaseSample Cost => cost;

    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;

    public double P50Micros => Percentile(0.50);

    public double P99Micros => Percentile(0.99);

    /// <summary>Gateway CPU time per successful call, in microseconds.</summary>
    public double GatewayCpuMicrosPerCall => Calls == 0 ? double.NaN : Cost.GatewayCpu.TotalMicroseconds / Calls;

    /// <summary>This process's (the clients') CPU time per successful call, in microseconds.</summary>
    public double ClientCpuMicrosPerCall => Calls == 0 ? double.NaN : Cost.ClientCpu.TotalMicroseconds / Calls;

    /// <summary>TCP connections opened per successful call.</summary>
    public double ConnectionsPerCall => Calls == 0 ? double.NaN : (double)Cost.Connections / Calls;

    /// <summary>HTTP requests sent per successful call.</summary>
    public double RequestsPerCall => Calls == 0 ? double.NaN : (double)Cost.Requests / Calls;

    /// <summary>Combines phases against the same target (alternated with phases against another).</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> phases) => new(
        phases[0].Target,
        phases[0].Clients,
        phases.SelectMany(p => p._sorted).ToList(),
        phases.Sum(p => p.Errors),
        TimeSpan.FromTicks(phases.Sum(p => p.Elapsed.Ticks)),
        phases.Aggregate(default(PhaseSample), (sum, p) => sum + p.Cost));

    private double Percentile(double p) =>
        _sorted.Count == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p * _sorted.Count) - 1, 0, _sorted.Count - 1)];
}
