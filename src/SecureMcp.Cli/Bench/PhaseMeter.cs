using System.Diagnostics;

namespace SecureMcp.Cli.Bench;

/// <summary>Reads the counters of a <see cref="PhaseSample"/>: the gateway process's CPU time, this process's, and a connection counter.</summary>
internal sealed class PhaseMeter(int gatewayProcessId, ConnectionCounter? connections = null)
{
    public PhaseSample Sample()
    {
        using var gateway = Process.GetProcessById(gatewayProcessId);
        using var self = Process.GetCurrentProcess();
        return new PhaseSample(gateway.TotalProcessorTime, self.TotalProcessorTime, connections?.Count ?? 0, connections?.Requests ?? 0);
    }
}
