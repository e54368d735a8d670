using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Identity.Tokens;

/// <summary>RFC 8705 certificate thumbprint confirmation: <c>x5t#S256</c> = base64url(SHA-256(DER)).</summary>
internal static class CertificateConfirmation
{
    public static string Thumbprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Base64Url.EncodeToString(certificate.GetCertHash(HashAlgorithmName.SHA256));
    }

    public static bool Matches(string? bound, X509Certificate2? presented) =>
        bound is null || (presented is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(bound), System.Text.Encoding.ASCII.GetBytes(Thumbprint(presented))));
}
