using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Identity.Tests.Support;

/// <summary>A throw-away CA in a temporary directory, with a cheap key-store derivation, a manual clock and a recording sink.</summary>
internal sealed class TestCa : IDisposable
{
    public const string Passphrase = "correct horse battery staple";
    private readonly TempDirectory _directory = new();

    public TestCa(ManualTime? time = null)
    {
        Time = time ?? new ManualTime();
        Options = new CertificateAuthorityOptions(_directory.Path)
        {
            KeyStoreIterations = 1_000,
            AllowWeakIterationsForTests = true,
            RevocationRefreshInterval = TimeSpan.Zero,
        };
        Ca = CertificateAuthority.Init(Options, KeyStoreSecret.FromPassphrase(Passphrase), Time);
        Validator = new CertificateValidator(Ca.Root, Ca.Revocations, Sink, Time);
    }

    public ManualTime Time { get; }

    public RecordingSink Sink { get; } = new();

    public CertificateAuthorityOptions Options { get; }

    public CertificateAuthority Ca { get; }

    public CertificateValidator Validator { get; }

    public string Directory => _directory.Path;

    public X509Certificate2 IssueAgent(string id, TimeSpan? lifetime = null, params string[] roles)
    {
        var issued = Ca.Issue(new IssueRequest(id, CertificateProfile.Agent, roles.Length == 0 ? ["agent"] : roles, ["search", "summarise"]) { Lifetime = lifetime });
        return Ca.LoadCredential(issued.Serial);
    }

    public void Dispose()
    {
        Ca.Dispose();
        _directory.Dispose();
    }
}
