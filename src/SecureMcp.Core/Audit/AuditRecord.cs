namespace SecureMcp.Core.Audit;

/// <summary>One entry of the tamper-evident audit trail.</summary>
/// <remarks>
/// <see cref="Hash"/> is SHA-256 over the canonical form of every other field, including <see cref="PreviousHash"/>,
/// so a deleted, inserted or modified record breaks the chain at that point.
/// </remarks>
public sealed record AuditRecord
{
    /// <summary>Position in the chain, starting at 1.</summary>
    public long Sequence { get; init; }

    /// <summary>When the event happened (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>What kind of entry: <c>call</c>, <c>auth</c>, <c>protocol</c>, <c>security</c>, <c>upstream</c>, <c>admin</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Who: the principal id, or <c>anonymous</c>.</summary>
    public required string Principal { get; init; }

    /// <summary>What: the MCP method or action.</summary>
    public required string Action { get; init; }

    /// <summary>The target tool, resource or prompt, if any.</summary>
    public string? Target { get; init; }

    /// <summary>SHA-256 (hex) of the canonical arguments, never the arguments themselves.</summary>
    public string? ArgumentsDigest { get; init; }

    /// <summary>The outcome: <c>allowed</c>, <c>denied</c>, <c>error</c>, <c>ok</c> …</summary>
    public required string Outcome { get; init; }

    /// <summary>The reason, naming the stage and rule that decided.</summary>
    public string? Reason { get; init; }

    /// <summary>Time spent in the gateway for this call, in microseconds.</summary>
    public long LatencyMicros { get; init; }

    /// <summary>The downstream session, if any.</summary>
    public string? SessionId { get; init; }

    /// <summary>Hash of the previous record (64 zeros for the first).</summary>
    public string PreviousHash { get; init; } = AuditChain.GenesisHash;

    /// <summary>Hash of this record.</summary>
    public string Hash { get; init; } = "";
}
