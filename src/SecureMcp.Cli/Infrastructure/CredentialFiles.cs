using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>Writes an issued certificate (PEM) and its private key (PKCS#8 PEM, owner-only) for its principal to use.</summary>
internal static class CredentialFiles
{
    /// <summary>Writes <c>PRINCIPAL.crt</c> and <c>PRINCIPAL.key</c> into <paramref name="folder"/> (which must exist) and returns their paths.</summary>
    public static (string Cert, string Key) Write(CertificateAuthority ca, IssuedCertificate issued, string folder)
    {
        using var credential = ca.LoadCredential(issued.Serial);
        using var key = credential.GetECDsaPrivateKey() ?? throw new CryptographicException("the credential has no ECDSA private key");
        var certPath = Path.Combine(folder, issued.PrincipalId + ".crt");
        var keyPath = Path.Combine(folder, issued.PrincipalId + ".key");
        File.WriteAllText(certPath, credential.ExportCertificatePem());
        PrivateFiles.Write(keyPath, Encoding.UTF8.GetBytes(key.ExportPkcs8PrivateKeyPem()));
        return (certPath, keyPath);
    }
}
