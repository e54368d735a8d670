using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>Checks a server certificate the way our agents do: it must chain to our CA's root alone.</summary>
internal static class RootTrust
{
    /// <summary>True if <paramref name="presented"/> chains to <paramref name="root"/> and nothing else.</summary>
    public static bool Chains(X509Certificate2 root, X509Certificate? presented)
    {
        if (presented is null)
        {
            return false;
        }

        using var certificate = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
