using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Pinning;

namespace SecureMcp.Inspection.Policy;

/// <summary>Everything inspection needs to decide: pinning, limits, and the block/redact/flag thresholds per detector.</summary>
/// <remarks>Load it with <see cref="InspectionPolicyLoader"/> from <c>config/inspection.yaml</c>; the defaults here are the shipped policy.</remarks>
public sealed record InspectionPolicy
{
    private static readonly DetectorRule ToolRule = new(SecuritySeverity.Critical, null, SecuritySeverity.Low);
    private static readonly DetectorRule ArgumentRule = new(SecuritySeverity.High, null, SecuritySeverity.Low);

    /// <summary>The shipped default policy.</summary>
    public static InspectionPolicy Default { get; } = new();

    /// <summary>Pinning behaviour.</summary>
    public PinningOptions Pinning { get; init; } = new();

    /// <summary>Hide blocked tools from <c>tools/list</c> (they are refused at call time either way).</summary>
    public bool HideBlockedTools { get; init; } = true;

    /// <summary>Minimum risk level per upstream server.</summary>
    public IReadOnlyDictionary<string, RiskLevel> ServerRiskFloors { get; init; } = new Dictionary<string, RiskLevel>();

    /// <summary>Argument limits and allow-lists.</summary>
    public ArgumentOptions Arguments { get; init; } = new();

    /// <summary>Result scanning settings.</summary>
    public ResultOptions Results { get; init; } = new();

    /// <summary>The rule of detectors not listed in <see cref="Detectors"/>.</summary>
    public DetectorRule DefaultRule { get; init; } = new(null, null, SecuritySeverity.Medium);

    /// <summary>Rules per detector id (see <see cref="DetectorIds"/>).</summary>
    public IReadOnlyDictionary<string, DetectorRule> Detectors { get; init; } = new Dictionary<string, DetectorRule>(StringComparer.Ordinal)
    {
        [DetectorIds.Instructions] = ToolRule,
        [DetectorIds.HiddenUnicode] = ToolRule,
        [DetectorIds.Homoglyph] = ToolRule,
        [DetectorIds.HtmlComment] = ToolRule,
        [DetectorIds.WhitespacePadding] = ToolRule,
        [DetectorIds.EncodedPayload] = ToolRule,
        [DetectorIds.ExfilUrl] = ToolRule,
        [DetectorIds.Shadowing] = ToolRule,
        [DetectorIds.Timeout] = new(SecuritySeverity.High, null, SecuritySeverity.Low),
        [DetectorIds.PathTraversal] = ArgumentRule,
        [DetectorIds.ShellInjection] = ArgumentRule,
        [DetectorIds.Ssrf] = ArgumentRule,
        [DetectorIds.SqlInjection] = ArgumentRule,
        [DetectorIds.Oversized] = new(SecuritySeverity.Medium, null, SecuritySeverity.Low),
        [DetectorIds.Secret] = new(null, SecuritySeverity.Low, SecuritySeverity.Low),
        [DetectorIds.Pii] = new(null, SecuritySeverity.Low, SecuritySeverity.Low),
        [DetectorIds.OutputInjection] = new(SecuritySeverity.Critical, SecuritySeverity.High, SecuritySeverity.Medium),
    };

    /// <summary>The rule of one detector.</summary>
    public DetectorRule Rule(string detector) => Detectors.TryGetValue(detector, out var rule) ? rule : DefaultRule;

    /// <summary>The action for one finding.</summary>
    public InspectionAction Decide(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Rule(finding.Detector).Decide(finding.Severity);
    }
}
