namespace SecureMcp.Trust.Sybil;

/// <summary>How an identity came to exist, for behavioural sybil heuristics.</summary>
/// <param name="Identity">The agent id.</param>
/// <param name="RegisteredAt">When it registered.</param>
/// <param name="CertificateSubject">The certificate subject, if any (for example <c>CN=agent-17,O=acme</c>).</param>
/// <param name="SourceAddress">The address it registered from, if known.</param>
/// <param name="KeyFingerprint">The fingerprint of its public key, if any.</param>
public sealed record IdentityRegistration(
    string Identity,
    DateTimeOffset RegisteredAt,
    string? CertificateSubject = null,
    string? SourceAddress = null,
    string? KeyFingerprint = null);
