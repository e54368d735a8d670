using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Mtls;

public sealed class CertificateValidatorTests : IDisposable
{
    private readonly TestCa _ca = new();

    [Fact]
    public void Validate_AgentFromOurCa_ReturnsPrincipalWithRolesAndCapabilities()
    {
        using var cert = _ca.IssueAgent("agent-1", null, "worker");
        var result = _ca.Validator.Validate(cert);
        result.Failure.ShouldBeNull();
        result.Principal!.Id.ShouldBe("agent-1");
        result.Principal.Scheme.ShouldBe("mtls");
        result.Principal.Roles.ShouldBe(["worker"]);
        result.Principal.Attributes["capabilities"].ShouldBe("search,summarise");
        _ca.Sink.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_CertificateFromForeignCa_RefusedWithEvent()
    {
        using var foreign = new TestCa(_ca.Time);
        using var cert = foreign.IssueAgent("agent-1");
        var result = _ca.Validator.Validate(cert);
        result.Failure.ShouldBe(CertificateFailures.ForeignIssuer);
        var e = _ca.Sink.Single(IdentityEventKinds.CertificateRejected);
        e.Reason.ShouldBe(CertificateFailures.ForeignIssuer);
        e.Severity.ShouldBe(SecuritySeverity.High);
        e.Principal.ShouldBe("unverified:agent-1");
    }

    [Fact]
    public void Validate_SelfSignedLookalike_RefusedAsForeign()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=agent-1", key, HashAlgorithmName.SHA256);
        using var cert = request.CreateSelfSigned(_ca.Time.GetUtcNow().AddDays(-1), _ca.Time.GetUtcNow().AddDays(1));
        _ca.Validator.Validate(cert).Failure.ShouldBe(CertificateFailures.ForeignIssuer);
    }

    [Fact]
    public void Validate_ExpiredCertificate_RefusedWithEvent()
    {
        using var cert = _ca.IssueAgent("agent-1", TimeSpan.FromDays(1));
        _ca.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        _ca.Validator.Validate(cert).Failure.ShouldBe(CertificateFailures.Expired);
        _ca.Sink.Single(IdentityEventKinds.CertificateRejected).Reason.ShouldBe(CertificateFailures.Expired);
    }

    [Fact]
    public void Validate_RevokedCertificate_RefusedWithEvent()
    {
        using var cert = _ca.IssueAgent("agent-1");
        _ca.Validator.Validate(cert).IsValid.ShouldBeTrue();
        _ca.Ca.Revoke(cert.SerialNumber, "compromised");
        _ca.Validator.Validate(cert).Failure.ShouldBe(CertificateFailures.Revoked);
        _ca.Sink.Single(IdentityEventKinds.CertificateRejected).Evidence!.ShouldContain(cert.SerialNumber.ToLowerInvariant());
    }

    [Fact]
    public void Validate_GatewayCertificateUsedAsClient_RefusedForMissingClientAuth()
    {
        var issued = _ca.Ca.Issue(new IssueRequest("gateway", CertificateProfile.Gateway, [], []));
        _ca.Validator.Validate(issued.Certificate, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.ExtendedKeyUsage);
        _ca.Validator.Validate(issued.Certificate, CertificateUse.ServerAuth).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_OperatorCertificateAsAgentPeer_RefusedForProfile()
    {
        var issued = _ca.Ca.Issue(new IssueRequest("alice", CertificateProfile.Operator, ["admin"], []));
        _ca.Validator.Validate(issued.Certificate, CertificateUse.AgentPeer).Failure.ShouldBe(CertificateFailures.WrongProfile);
    }

    [Fact]
    public void Validate_RevokedInAnotherProcess_SeenAfterRefreshInterval()
    {
        using var cert = _ca.IssueAgent("agent-1");
        var gatewayView = CertificateValidator.ForDirectory(_ca.Directory, _ca.Sink, _ca.Time, TimeSpan.FromSeconds(1));
        gatewayView.Validate(cert).IsValid.ShouldBeTrue();
        CertificateAuthority.OpenIndex(_ca.Directory).Revoke(cert.SerialNumber.ToLowerInvariant(), _ca.Time.GetUtcNow(), "cli");
        _ca.Time.Advance(TimeSpan.FromSeconds(1));
        gatewayView.Validate(cert).Failure.ShouldBe(CertificateFailures.Revoked);
    }

    [Fact]
    public async Task MtlsAuthenticator_NoCertificate_ReturnsNone()
    {
        var auth = new MtlsAuthenticator(_ca.Validator, _ca.Time);
        var result = await auth.AuthenticateAsync(new AuthenticationRequest(new Dictionary<string, string>(), null, null), default);
        result.NoResult.ShouldBeTrue();
    }

    [Fact]
    public async Task MtlsAuthenticator_CachedThenRevoked_Refuses()
    {
        using var cert = _ca.IssueAgent("agent-1");
        var auth = new MtlsAuthenticator(_ca.Validator, _ca.Time);
        var request = new AuthenticationRequest(new Dictionary<string, string>(), null, cert);
        (await auth.AuthenticateAsync(request, default)).Principal!.Id.ShouldBe("agent-1");
        _ca.Ca.Revoke(cert.SerialNumber, "compromised");
        (await auth.AuthenticateAsync(request, default)).Failure.ShouldBe(CertificateFailures.Revoked);
    }

    [Fact]
    public void TlsCallback_ForeignCertificate_FailsHandshakeDespitePlatformErrorsIgnored()
    {
        using var foreign = new TestCa(_ca.Time);
        using var bad = foreign.IssueAgent("agent-1");
        using var good = _ca.IssueAgent("agent-2");
        var callback = new TlsClientCertificateCallback(_ca.Validator);
        callback.Validate(bad, null, System.Net.Security.SslPolicyErrors.None).ShouldBeFalse();
        callback.Validate(good, null, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeTrue();
    }

    public void Dispose() => _ca.Dispose();
}
