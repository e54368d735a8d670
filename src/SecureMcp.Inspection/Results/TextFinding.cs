using SecureMcp.Inspection.Findings;

namespace SecureMcp.Inspection.Results;

/// <summary>A finding in result text together with the placeholder that replaces it when the policy says redact.</summary>
/// <param name="Finding">The finding (its span is relative to the scanned text).</param>
/// <param name="Placeholder">The replacement, for example <c>[REDACTED:aws-access-key]</c>.</param>
internal readonly record struct TextFinding(Finding Finding, string Placeholder);
