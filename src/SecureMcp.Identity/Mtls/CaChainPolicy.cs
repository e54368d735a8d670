using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Ca;

namespace SecureMcp.Identity.Mtls;

/// <summary>The chain policy for certificates of our CA: our root as the only trust anchor, and no network access.</summary>
/// <remarks>
/// The TLS layer and <see cref="CertificateValidator"/> use the same policy, so a client certificate's chain is built
/// once per handshake: SslStream builds it under this policy, and the validator reuses that chain when
/// <see cref="IsOurs"/> says it was built this way.
/// </remarks>
internal static class CaChainPolicy
{
    /// <summary>A new policy that trusts <paramref name="root"/> only and never reaches the network.</summary>
    /// <remarks>Revocation is not checked here because we keep our own list; the chain time is the current time unless
    /// the caller sets <see cref="X509ChainPolicy.VerificationTime"/>.</remarks>
    public static X509ChainPolicy Create(X509Certificate2 root)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            DisableCertificateDownloads = true,
        };
        policy.CustomTrustStore.Add(root);
        return policy;
    }

    /// <summary>Whether a chain built under <paramref name="policy"/> is as good as one built under <see cref="Create"/>.</summary>
    /// <remarks>
    /// The trust anchor is what matters: custom root trust with exactly our root. A chain built against the system store
    /// or an attacker's root must never count, and no verification flag may hide an error. The time, the extra store
    /// and the application policy may differ; the validator checks time and usage itself.
    /// </remarks>
    public static bool IsOurs(X509ChainPolicy policy, string rootThumbprint) =>
        policy.TrustMode == X509ChainTrustMode.CustomRootTrust &&
        policy.VerificationFlags == X509VerificationFlags.NoFlag &&
        policy.CustomTrustStore.Count == 1 &&
        CertificateAuthority.Thumbprint(policy.CustomTrustStore[0]) == rootThumbprint;
}
