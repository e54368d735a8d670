namespace SecureMcp.Storage.Identity;

/// <summary>One certificate issued by the built-in CA, as the CA index stores it.</summary>
/// <param name="Serial">Serial number, lowercase hex; the primary key.</param>
/// <param name="Principal">The principal id in the subject's common name.</param>
/// <param name="Profile">What the certificate is for: <c>root</c>, <c>agent</c>, <c>gateway</c> or <c>operator</c>.</param>
/// <param name="Roles">Roles, comma-separated.</param>
/// <param name="Capabilities">Capabilities, comma-separated.</param>
/// <param name="NotBefore">Start of validity (UTC).</param>
/// <param name="NotAfter">End of validity (UTC).</param>
/// <param name="Thumbprint">SHA-256 of the DER encoding, lowercase hex.</param>
/// <param name="Der">The DER-encoded certificate.</param>
public sealed record CertificateRecord(
    string Serial,
    string Principal,
    string Profile,
    string Roles,
    string Capabilities,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Thumbprint,
    byte[] Der)
{
    /// <summary>When it was revoked, or null.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Why it was revoked, or null.</summary>
    public string? RevocationReason { get; init; }
}
