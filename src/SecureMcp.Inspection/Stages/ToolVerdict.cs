using SecureMcp.Inspection.Poisoning;

namespace SecureMcp.Inspection.Stages;

/// <summary>What verification concluded about one tool definition (cached per definition object).</summary>
/// <param name="Hash">The definition's canonical hash.</param>
/// <param name="Report">Risk and poisoning findings.</param>
/// <param name="WithCatalogContext">True if the findings were computed knowing the whole catalog (shadowing).</param>
internal sealed record ToolVerdict(string Hash, ToolReport Report, bool WithCatalogContext);
