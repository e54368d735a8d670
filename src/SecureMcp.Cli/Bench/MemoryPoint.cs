namespace SecureMcp.Cli.Bench;

/// <summary>Memory at one moment of <c>securemcp bench agents</c>: the gateway's resident set and this process's heap and working set.</summary>
internal sealed record MemoryPoint(string Moment, long? GatewayResidentBytes, long BenchManagedBytes, long BenchWorkingSetBytes)
{
    public static MemoryPoint Take(string moment, int gatewayProcessId) =>
        new(moment, ProcessMemory.ResidentBytes(gatewayProcessId), GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet);
}
