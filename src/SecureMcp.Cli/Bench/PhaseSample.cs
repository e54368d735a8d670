namespace SecureMcp.Cli.Bench;

/// <summary>Cumulative counters read at the edges of a measured phase: CPU used by the gateway and by this process, TCP connections opened, HTTP requests sent.</summary>
internal readonly record struct PhaseSample(TimeSpan GatewayCpu, TimeSpan ClientCpu, long Connections, long Requests = 0)
{
    public static PhaseSample operator -(PhaseSample after, PhaseSample before) =>
        new(after.GatewayCpu - before.GatewayCpu, after.ClientCpu - before.ClientCpu, after.Connections - before.Connections, after.Requests - before.Requests);

    public static PhaseSample operator +(PhaseSample a, PhaseSample b) =>
        new(a.GatewayCpu + b.GatewayCpu, a.ClientCpu + b.ClientCpu, a.Connections + b.Connections, a.Requests + b.Requests);
}
