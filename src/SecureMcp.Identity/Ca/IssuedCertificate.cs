using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Identity.Ca;

/// <summary>A certificate the CA issued, with its state, as <c>securemcp ca list</c> shows it.</summary>
internal sealed record IssuedCertificate(
    string Serial,
    string PrincipalId,
    CertificateProfile Profile,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Capabilities,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Thumbprint,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    string Status)
{
    /// <summary>The certificate (public part only).</summary>
    public required X509Certificate2 Certificate { get; init; }

    /// <summary>The certificate as PEM.</summary>
    public string Pem => Certificate.ExportCertificatePem();
}
