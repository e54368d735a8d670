using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Mtls;

/// <summary>Real TLS handshakes over loopback, with the server set up as the gateway sets up Kestrel.</summary>
public sealed class TlsHandshakeTests : IDisposable
{
    // SslStream builds chains at the real clock, so the CA issues at the real time.
    private readonly TestCa _ca = new(new ManualTime(DateTimeOffset.UtcNow));

    [Fact]
    public async Task Handshake_ServerGivenOurChainPolicy_HandsTheCallbackAChainBuiltUnderIt()
    {
        using var server = Gateway();
        using var client = _ca.IssueAgent("agent-1");
        var rootThumbprint = CertificateAuthority.Thumbprint(_ca.Ca.Root);
        var callback = new TlsClientCertificateCallback(_ca.Validator);
        (X509ChainTrustMode Mode, string[] Store, string Anchor, bool Ours)? seen = null;

        var accepted = await HandshakeAsync(server, client, (certificate, chain, errors) =>
        {
            // The chain is disposed after the callback returns, so note what it holds now.
            seen = (chain!.ChainPolicy.TrustMode, chain.ChainPolicy.CustomTrustStore.Select(CertificateAuthority.Thumbprint).ToArray(),
                CertificateAuthority.Thumbprint(chain.ChainElements[^1].Certificate), CaChainPolicy.IsOurs(chain.ChainPolicy, rootThumbprint));
            return callback.Validate(certificate, chain, errors);
        });

        accepted.ShouldBeTrue();
        seen.ShouldNotBeNull();
        seen.Value.Mode.ShouldBe(X509ChainTrustMode.CustomRootTrust);
        seen.Value.Store.ShouldBe([rootThumbprint]);
        seen.Value.Anchor.ShouldBe(rootThumbprint);
        seen.Value.Ours.ShouldBeTrue();
    }

    [Fact]
    public async Task Handshake_ForeignClientCertificate_Fails()
    {
        using var foreign = new TestCa(_ca.Time);
        using var server = Gateway();
        using var client = foreign.IssueAgent("agent-1");
        var callback = new TlsClientCertificateCallback(_ca.Validator);
        (await HandshakeAsync(server, client, callback.Validate)).ShouldBeFalse();
        _ca.Sink.Single(IdentityEventKinds.CertificateRejected).Reason.ShouldBe(CertificateFailures.ForeignIssuer);
    }

    public void Dispose() => _ca.Dispose();

    private X509Certificate2 Gateway() =>
        _ca.Ca.LoadCredential(_ca.Ca.Issue(new IssueRequest("gateway", CertificateProfile.Gateway, [], []) { DnsNames = ["localhost"] }).Serial);

    /// <summary>Whether the server accepts <paramref name="client"/>, deciding with <paramref name="check"/> as Kestrel's callback would.</summary>
    private async Task<bool> HandshakeAsync(X509Certificate2 server, X509Certificate2 client, Func<X509Certificate2, X509Chain?, SslPolicyErrors, bool> check)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var tcpClient = new TcpClient();
        await tcpClient.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using var tcpServer = await listener.AcceptTcpClientAsync();
        await using var serverStream = new SslStream(tcpServer.GetStream());
        await using var clientStream = new SslStream(tcpClient.GetStream());
        var serverTask = serverStream.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            ServerCertificate = server,
            ClientCertificateRequired = true,
            CertificateChainPolicy = _ca.Validator.CreateChainPolicy(),
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) => certificate is X509Certificate2 c && check(c, chain, errors),
        });
        var clientTask = clientStream.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            ClientCertificates = [client],
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is X509Certificate2 c && _ca.Validator.Validate(c, CertificateUse.ServerAuth).IsValid,
        });
        try
        {
            await serverTask.WaitAsync(TimeSpan.FromSeconds(30));
            return true;
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException)
        {
            return false;
        }
        finally
        {
            tcpServer.Close();
            await Task.WhenAny(clientTask, Task.Delay(TimeSpan.FromSeconds(5)));
            _ = clientTask.Exception; // observed: the client fails too when the server refuses it
        }
    }
}
