using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Identity.Channel;

/// <summary>The checks both handshake roles share: the peer's certificate, its identity, timestamps; each refusal is reported.</summary>
internal sealed class HandshakePeer(ChannelCredentials credentials)
{
    private readonly SecurityEventReporter _events = new(credentials.Sink, credentials.Time, "secure-channel");

    public (Principal Principal, X509Certificate2 Certificate) ValidateCertificate(byte[] der, string? expectedPeer)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException ex)
        {
            throw Fail(null, ChannelFailures.HandshakeMalformed, null, ex);
        }

        var verdict = credentials.Validator.Validate(certificate, CertificateUse.AgentPeer);
        if (verdict.Principal is not { } principal)
        {
            var claimed = CertificateValidator.Unverified(certificate);
            certificate.Dispose();
            throw Fail(claimed, $"{ChannelFailures.HandshakeCertificate}: {verdict.Failure}", "serial=" + verdict.Serial);
        }

        if (expectedPeer is not null && principal.Id != expectedPeer)
        {
            certificate.Dispose();
            throw Fail(principal.Id, ChannelFailures.UnexpectedPeer, $"expected={expectedPeer}");
        }

        return (principal, certificate);
    }

    public void CheckTimestamp(long unixMilliseconds, string? peer)
    {
        var now = credentials.Time.GetUtcNow().ToUnixTimeMilliseconds();
        if (Math.Abs(now - unixMilliseconds) > (long)credentials.Options.MaxClockSkew.TotalMilliseconds)
        {
            throw Fail(peer, ChannelFailures.StaleHello, $"skew_ms={now - unixMilliseconds}");
        }
    }

    public SecureChannelException Fail(string? peer, string reason, string? evidence, Exception? inner = null)
    {
        _events.Report(IdentityEventKinds.HandshakeFailed, SecuritySeverity.High, peer, "channel-handshake", evidence, reason);
        return inner is null ? new SecureChannelException(reason) : new SecureChannelException(reason, inner);
    }
}
