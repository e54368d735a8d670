using SecureMcp.Core.Events;

namespace SecureMcp.Inspection.Findings;

/// <summary>One detection: which detector, how serious, where it matched and why it matters.</summary>
/// <param name="Detector">Stable detector id (see <see cref="DetectorIds"/>).</param>
/// <param name="Severity">How serious the match is.</param>
/// <param name="Location">Where: <c>description</c>, <c>inputSchema.properties.path.description</c>, <c>$.path</c>, <c>content[0]</c> …</param>
/// <param name="Start">Offset of the match in the text at <paramref name="Location"/>.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Explanation">Why this is a problem, in one sentence.</param>
/// <param name="Evidence">The matched text, escaped and shortened (secrets are never copied here).</param>
public sealed record Finding(
    string Detector,
    SecuritySeverity Severity,
    string Location,
    int Start,
    int Length,
    string Explanation,
    string Evidence);
