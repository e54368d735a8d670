using SecureMcp.Core.Events;

namespace SecureMcp.Core.Audit;

/// <summary>The one shape in which a <see cref="SecurityEvent"/> enters an audit chain, shared by the gateway and the agents.</summary>
/// <remarks>
/// Kind <c>security</c>; action = the event kind; outcome = the severity; reason = <c>detector: reason (evidence: …)</c>,
/// with the evidence cut to <see cref="MaxEvidenceChars"/> characters so a hostile input cannot bloat the chain.
/// </remarks>
public static class SecurityEventRecord
{
    /// <summary>The audit kind of every security event.</summary>
    public const string Kind = "security";

    /// <summary>Evidence longer than this is truncated in the record.</summary>
    public const int MaxEvidenceChars = 200;

    /// <summary>The audit record of <paramref name="securityEvent"/>, stamped <paramref name="at"/>.</summary>
    public static AuditRecord From(SecurityEvent securityEvent, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(securityEvent);
        var evidence = securityEvent.Evidence is { Length: > MaxEvidenceChars } text ? text[..MaxEvidenceChars] + "…" : securityEvent.Evidence;
        return new AuditRecord
        {
            Timestamp = at,
            Kind = Kind,
            Principal = securityEvent.Principal ?? "anonymous",
            Action = securityEvent.Kind,
            Target = securityEvent.Target,
            Outcome = securityEvent.Severity.ToString().ToLowerInvariant(),
            Reason = evidence is null
                ? $"{securityEvent.Detector}: {securityEvent.Reason}"
                : $"{securityEvent.Detector}: {securityEvent.Reason} (evidence: {evidence})",
        };
    }
}
