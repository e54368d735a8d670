using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using SecureMcp.Agents.Messaging;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Agents.Tests.Messaging;

/// <summary>A throw-away CA, and agents with messaging started in this process on loopback, each with its own event trail.</summary>
internal sealed class MessagingCa : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "smag-" + Guid.NewGuid().ToString("N"));
    private readonly List<PeerMessaging> _agents = [];

    public MessagingCa(string rootName = "SecureMcp Root CA")
    {
        Ca = CertificateAuthority.Init(new CertificateAuthorityOptions(_directory)
        {
            RootName = rootName,
            KeyStoreIterations = 1_000,
            AllowWeakIterationsForTests = true,
            RevocationRefreshInterval = TimeSpan.Zero,
        }, KeyStoreSecret.FromPassphrase("agents test passphrase"), TimeProvider.System);
    }

    public CertificateAuthority Ca { get; }

    public Dictionary<string, RecordingSink> Sinks { get; } = new(StringComparer.Ordinal);

    public X509Certificate2 IssueAgent(string id) =>
        Ca.LoadCredential(Ca.Issue(new IssueRequest(id, CertificateProfile.Agent, ["agent"], ["analysis"])).Serial);

    public CertificateValidator Validator(RecordingSink sink) => new(Ca.Root, Ca.Revocations, sink, TimeProvider.System);

    public PeerMessaging Start(string id, PeerMessagingOptions? options = null)
    {
        var sink = Sinks[id] = new RecordingSink();
        var agent = PeerMessaging.Start(id, IssueAgent(id), Validator(sink),
            options ?? new PeerMessagingOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0) }, sink, TimeProvider.System, NullLogger.Instance);
        _agents.Add(agent);
        return agent;
    }

    public static PeerAddress Address(PeerMessaging agent) => new(agent.Info.Agent, agent.Endpoint);

    public async ValueTask DisposeAsync()
    {
        foreach (var agent in _agents)
        {
            await agent.DisposeAsync();
        }

        Ca.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
