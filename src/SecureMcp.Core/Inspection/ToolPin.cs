namespace SecureMcp.Core.Inspection;

/// <summary>The pinning record of one tool of one upstream server.</summary>
/// <param name="Server">The upstream server name.</param>
/// <param name="Tool">The tool name as the upstream knows it.</param>
/// <param name="State">The tool's state.</param>
/// <param name="ApprovedHash">SHA-256 (hex) of the approved canonical definition; null if never approved.</param>
/// <param name="ApprovedDefinition">The approved canonical definition (JSON); null if never approved.</param>
/// <param name="ObservedHash">SHA-256 (hex) of the definition last seen.</param>
/// <param name="ObservedDefinition">The canonical definition last seen (JSON).</param>
/// <param name="ApprovedBy">Who approved it (<c>tofu</c> for trust on first use).</param>
/// <param name="ApprovedAt">When it was approved.</param>
/// <param name="ObservedAt">When the observed definition was first seen.</param>
/// <param name="Note">The operator's or the system's last remark (quarantine reason …).</param>
public sealed record ToolPin(
    string Server,
    string Tool,
    PinState State,
    string? ApprovedHash,
    string? ApprovedDefinition,
    string ObservedHash,
    string ObservedDefinition,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset ObservedAt,
    string? Note);
