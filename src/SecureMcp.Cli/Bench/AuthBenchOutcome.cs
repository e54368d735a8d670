using SecureMcp.Core.Audit;

namespace SecureMcp.Cli.Bench;

/// <summary>What <c>securemcp bench auth</c> measured: one merged result per mode, the gateway's memory and its audit chain.</summary>
internal sealed record AuthBenchOutcome(IReadOnlyDictionary<AuthMode, LoadResult> Results, long? GatewayResidentBytes, AuditVerification Audit)
{
    public long Errors => Results.Values.Sum(r => r.Errors);

    public bool Passed => Errors == 0 && Audit.IsIntact && Results.Values.All(r => r.Calls > 0);
}
