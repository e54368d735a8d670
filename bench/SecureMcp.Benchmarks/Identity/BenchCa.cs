using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Benchmarks.Identity;

/// <summary>A throw-away CA for benchmark setup (cheap key-store derivation; nothing here is measured).</summary>
internal sealed class BenchCa : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "smbench-" + Guid.NewGuid().ToString("N"));

    public BenchCa()
    {
        Ca = CertificateAuthority.Init(new CertificateAuthorityOptions(_directory) { KeyStoreIterations = 1_000, AllowWeakIterationsForTests = true },
            KeyStoreSecret.FromPassphrase("benchmark passphrase"), TimeProvider.System);
        Validator = new CertificateValidator(Ca.Root, Ca.Revocations, NullSecurityEventSink.Instance, TimeProvider.System);
    }

    public CertificateAuthority Ca { get; }

    public CertificateValidator Validator { get; }

    public X509Certificate2 Agent(string id) =>
        Ca.LoadCredential(Ca.Issue(new IssueRequest(id, CertificateProfile.Agent, ["worker"], ["search"])).Serial);

    public void Dispose()
    {
        Ca.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
