using System.Security.Cryptography.X509Certificates;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Identity.Ca;

namespace SecureMcp.Cli.Bench;

/// <summary>A throw-away CA for a benchmark run, and one agent certificate issued by it.</summary>
/// <remarks>
/// The key-store passphrase is random and lives only in <see cref="PassphraseVariable"/> of this process, which the gateway
/// child process inherits: nothing of it reaches the command line or a file.
/// </remarks>
internal sealed class BenchCredentials : IDisposable
{
    /// <summary>The environment variable the bench gateway reads the passphrase from.</summary>
    public const string PassphraseVariable = "SECUREMCP_BENCH_PASSPHRASE";

    private BenchCredentials(X509Certificate2 root, X509Certificate2 certificate, string principal)
    {
        Root = root;
        Certificate = certificate;
        Principal = principal;
    }

    /// <summary>Our CA's root, the only trust anchor of the clients.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The agent's certificate with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The principal the certificate names.</summary>
    public string Principal { get; }

    /// <summary>Creates the CA in <paramref name="caDirectory"/> and issues a certificate for <paramref name="principal"/>.</summary>
    public static BenchCredentials Create(string caDirectory, string principal, string role)
    {
        using var ca = ThrowAwayCa.Create(caDirectory, PassphraseVariable);
        var issued = ca.Issue(new IssueRequest(principal, CertificateProfile.Agent, [role], []));
        return new BenchCredentials(X509CertificateLoader.LoadCertificate(ca.Root.RawData), ca.LoadCredential(issued.Serial), principal);
    }

    /// <summary>True if the server's certificate chains to <see cref="Root"/> alone (as an agent checks it).</summary>
    public bool ChainsToRoot(X509Certificate? presented) => RootTrust.Chains(Root, presented);

    public void Dispose()
    {
        Certificate.Dispose();
        Root.Dispose();
    }
}
