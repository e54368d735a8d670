using SecureMcp.Core.Inspection;

namespace SecureMcp.Inspection.Risk;

/// <summary>The risk level of a tool with the capabilities and reasons behind it.</summary>
/// <param name="Level">The overall level.</param>
/// <param name="Capabilities">The inferred capabilities.</param>
/// <param name="Reasons">Why, one short phrase per signal.</param>
public sealed record ToolRisk(RiskLevel Level, ToolCapabilities Capabilities, IReadOnlyList<string> Reasons);
