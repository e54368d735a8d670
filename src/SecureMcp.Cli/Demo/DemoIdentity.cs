using System.Security.Cryptography.X509Certificates;
using ModelContextProtocol.Client;
using SecureMcp.Cli.Bench;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;

namespace SecureMcp.Cli.Demo;

/// <summary>The demo's certificate authority: it serves the gateway's HTTPS and gives each agent a certificate to prove who it is.</summary>
/// <remarks>
/// The key-store passphrase is random per run and lives only in <see cref="PassphraseVariable"/> of this process (the
/// gateway runs in it); nothing of it reaches a file or a command line. Agents' private keys are written owner-only.
/// </remarks>
internal sealed class DemoIdentity : IDisposable
{
    /// <summary>The environment variable the demo gateway reads the key-store passphrase from.</summary>
    public const string PassphraseVariable = "SECUREMCP_DEMO_PASSPHRASE";

    private readonly X509Certificate2 _root;

    private DemoIdentity(string directory, X509Certificate2 root, IReadOnlyDictionary<string, (string Cert, string Key)> credentials)
    {
        Directory = directory;
        _root = root;
        Credentials = credentials;
    }

    /// <summary>The CA folder (root.crt, ca.db, keys/).</summary>
    public string Directory { get; }

    /// <summary>Our root certificate's file, the only anchor agents trust for the gateway.</summary>
    public string RootPath => CertificateAuthority.RootPath(Directory);

    /// <summary>Each agent's certificate and key files.</summary>
    public IReadOnlyDictionary<string, (string Cert, string Key)> Credentials { get; }

    /// <summary>Creates the CA in <paramref name="work"/>/ca and issues an agent certificate (role <c>agent</c>) to each of <paramref name="agents"/>.</summary>
    public static DemoIdentity Create(string work, IEnumerable<string> agents)
    {
        var directory = Path.Combine(work, "ca");
        using var ca = ThrowAwayCa.Create(directory, PassphraseVariable);
        var folder = Path.Combine(work, "agents");
        PrivateFiles.CreateDirectory(folder);
        var credentials = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            var issued = ca.Issue(new IssueRequest(agent, CertificateProfile.Agent, ["agent"], []));
            var (certPath, keyPath) = CredentialFiles.Write(ca, issued, folder);
            credentials[agent] = (certPath, keyPath);
        }

        return new DemoIdentity(directory, X509CertificateLoader.LoadCertificate(ca.Root.RawData), credentials);
    }

    /// <summary>An HTTP client that trusts only our root for the gateway's certificate.</summary>
    public HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => RootTrust.Chains(_root, certificate);
        return new HttpClient(handler, disposeHandler: true);
    }

    /// <summary>An MCP client of the gateway authenticated by an API key, over HTTPS that trusts only our root.</summary>
    public Task<McpClient> ConnectAsync(string url, string apiKey, string clientName, CancellationToken cancellationToken) =>
        LoadGenerator.ConnectAsync(url, apiKey, protocolVersion: null, clientName, CreateHttpClient(), cancellationToken);

    public void Dispose() => _root.Dispose();
}
