using System.Security.Cryptography;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;

namespace SecureMcp.Cli.Infrastructure;

/// <summary>A CA for one run of the demo or a benchmark, under a random key-store passphrase.</summary>
internal static class ThrowAwayCa
{
    /// <summary>
    /// Creates a CA in <paramref name="directory"/>. The passphrase is random and is put only in the environment variable
    /// <paramref name="passphraseVariable"/> of this process, where the gateway (in this process or a child) reads it;
    /// nothing of it reaches a file or a command line.
    /// </summary>
    public static CertificateAuthority Create(string directory, string passphraseVariable)
    {
        Environment.SetEnvironmentVariable(passphraseVariable, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        return CertificateAuthority.Init(new CertificateAuthorityOptions(directory), KeyStoreSecret.FromEnvironment(passphraseVariable));
    }
}
