using SecureMcp.Core.Audit;

namespace SecureMcp.Cli.Bench;

/// <summary>What <c>securemcp bench agents</c> measured.</summary>
internal sealed record AgentBenchOutcome
{
    public required int Agents { get; init; }

    /// <summary>Agents whose MCP client connected.</summary>
    public required int Connected { get; init; }

    /// <summary>Agents the gateway gave a session (zero on 2026-07-28, which has none).</summary>
    public required int AgentSessions { get; init; }

    /// <summary>Sessions the gateway reported open once every agent had connected (before the first call).</summary>
    public required int GatewaySessionsAtStart { get; init; }

    /// <summary>Sessions the gateway reported open in the middle of the measured period.</summary>
    public required int GatewaySessionsUnderLoad { get; init; }

    /// <summary>The gateway's configured cap on open sessions.</summary>
    public required int SessionCap { get; init; }

    public required string ProtocolVersion { get; init; }

    public required TimeSpan ConnectTime { get; init; }

    /// <summary>Calls in the measured period, across all agents.</summary>
    public required LoadResult Calls { get; init; }

    /// <summary>Plans (data_processor then analyzer) in the measured period.</summary>
    public required LoadResult Plans { get; init; }

    /// <summary>Fewest and most measured calls of a single agent: every agent must have worked.</summary>
    public required long MinCallsPerAgent { get; init; }

    public required long MaxCallsPerAgent { get; init; }

    public required long InvalidPlans { get; init; }

    public required IReadOnlyList<string> FirstErrors { get; init; }

    public required IReadOnlyList<MemoryPoint> Memory { get; init; }

    public required long? GatewayPeakResidentBytes { get; init; }

    public required AuditVerification Audit { get; init; }

    public long Errors => Calls.Errors + (Agents - Connected);

    public bool Passed =>
        Connected == Agents && Errors == 0 && InvalidPlans == 0 && MinCallsPerAgent > 0 && Audit.IsIntact &&
        GatewaySessionsAtStart >= AgentSessions && GatewaySessionsUnderLoad >= AgentSessions;
}
