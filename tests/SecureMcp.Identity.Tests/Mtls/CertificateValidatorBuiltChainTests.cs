using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Mtls;

/// <summary>The validator given a chain the TLS layer already built: reused only when built under our trust.</summary>
public sealed class CertificateValidatorBuiltChainTests : IDisposable
{
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    private readonly TestCa _ca = new();

    [Fact]
    public void Validate_GoodCertificateWithOurChain_ReturnsPrincipal()
    {
        using var cert = _ca.IssueAgent("agent-1");
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow());
        var result = _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth);
        result.Failure.ShouldBeNull();
        result.Principal!.Id.ShouldBe("agent-1");
        _ca.Sink.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ForeignCertificateWithOurChain_RefusedAsForeignWithEvent()
    {
        using var foreign = new TestCa(_ca.Time);
        using var cert = foreign.IssueAgent("agent-1");
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow());
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.ForeignIssuer);
        var e = _ca.Sink.Single(IdentityEventKinds.CertificateRejected);
        e.Severity.ShouldBe(SecuritySeverity.High);
        e.Principal.ShouldBe("unverified:agent-1");
    }

    [Fact]
    public void Validate_ExpiredAtOurTimeButValidAtTheTlsClock_RefusedAsExpired()
    {
        using var cert = _ca.IssueAgent("agent-1", TimeSpan.FromDays(1));
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow());
        _ca.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.Expired);
        _ca.Sink.Single(IdentityEventKinds.CertificateRejected).Severity.ShouldBe(SecuritySeverity.Medium);
    }

    [Fact]
    public void Validate_OurChainSaysExpired_IsReusedAndRefused()
    {
        // Our clock says valid; only the reused chain, built later at the TLS layer's clock, knows otherwise.
        using var cert = _ca.IssueAgent("agent-1", TimeSpan.FromDays(1));
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow().AddDays(2));
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.Expired);
    }

    [Fact]
    public void Validate_RevokedCertificateWithOurChain_RefusedAsRevoked()
    {
        using var cert = _ca.IssueAgent("agent-1");
        _ca.Ca.Revoke(cert.SerialNumber, "compromised");
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow());
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.Revoked);
        _ca.Sink.Single(IdentityEventKinds.CertificateRejected).Evidence!.ShouldContain(cert.SerialNumber.ToLowerInvariant());
    }

    [Fact]
    public void Validate_GatewayCertificateWithOurChain_RefusedForExtendedKeyUsageAsBefore()
    {
        // The TLS layer asks for clientAuth on the chain; the refusal must still name the usage, not a bad chain.
        var issued = _ca.Ca.Issue(new IssueRequest("gateway", CertificateProfile.Gateway, [], []));
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), issued.Certificate, _ca.Time.GetUtcNow());
        _ca.Validator.Validate(issued.Certificate, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.ExtendedKeyUsage);
    }

    [Fact]
    public void Validate_ForeignCertificateWithOurChainOfAnotherCertificate_RefusedAsForeign()
    {
        using var foreign = new TestCa(_ca.Time);
        using var bad = foreign.IssueAgent("agent-1");
        using var good = _ca.IssueAgent("agent-2");
        using var chain = TlsChain(_ca.Validator.CreateChainPolicy(), good, _ca.Time.GetUtcNow());
        _ca.Validator.Validate(bad, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.ForeignIssuer);
    }

    [Fact]
    public void Validate_ForeignCertificateWithChainBuiltAgainstTheAttackersRoot_RefusedAsForeign()
    {
        using var attacker = new TestCa(_ca.Time);
        using var cert = attacker.IssueAgent("agent-1");
        using var chain = TlsChain(attacker.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow());
        chain.ChainStatus.ShouldBeEmpty(); // a clean chain, as far as the attacker's root goes
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.ForeignIssuer);
    }

    [Fact]
    public void Validate_GoodCertificateWithChainBuiltAgainstAnotherRoot_IgnoresItAndAccepts()
    {
        using var other = new TestCa(_ca.Time);
        using var cert = _ca.IssueAgent("agent-1");
        using var chain = TlsChain(other.Validator.CreateChainPolicy(), cert, _ca.Time.GetUtcNow());
        chain.ChainStatus.ShouldNotBeEmpty();
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_GoodCertificateWithSystemPolicyChain_IgnoresItAndAccepts()
    {
        using var cert = _ca.IssueAgent("agent-1");
        using var chain = TlsChain(new X509ChainPolicy { RevocationMode = X509RevocationMode.NoCheck, DisableCertificateDownloads = true }, cert, _ca.Time.GetUtcNow());
        chain.ChainStatus.ShouldNotBeEmpty();
        _ca.Validator.Validate(cert, chain, CertificateUse.ClientAuth).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_RootExpiredAtOurTimeButNotAtTheTlsClock_RefusedAsExpiredAsBefore()
    {
        // Our CA never issues past its root's expiry, so this pair is made by hand: the root expires first.
        var now = _ca.Time.GetUtcNow();
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=short-lived root", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var root = rootRequest.CreateSelfSigned(now.AddDays(-10), now.AddDays(1));
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=agent-1", leafKey, HashAlgorithmName.SHA256);
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        using var leaf = leafRequest.Create(root.SubjectName, X509SignatureGenerator.CreateForECDsa(rootKey), now.AddDays(-1), now.AddDays(5), [1, 2, 3, 4]);
        var validator = new CertificateValidator(root, _ca.Ca.Revocations, _ca.Sink, _ca.Time);
        using var chain = TlsChain(validator.CreateChainPolicy(), leaf, now);
        chain.ChainStatus.ShouldBeEmpty();
        validator.Validate(leaf, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.ExtendedKeyUsage);

        _ca.Time.Advance(TimeSpan.FromDays(2));
        validator.Validate(leaf, chain, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.Expired);
        validator.Validate(leaf, CertificateUse.ClientAuth).Failure.ShouldBe(CertificateFailures.Expired);
    }

    public void Dispose() => _ca.Dispose();

    /// <summary>A chain built as SslStream builds it for a client certificate: under <paramref name="policy"/>, asking for clientAuth.</summary>
    private static X509Chain TlsChain(X509ChainPolicy policy, X509Certificate2 certificate, DateTimeOffset tlsClock)
    {
        policy.ApplicationPolicy.Add(ClientAuth);
        policy.VerificationTime = tlsClock.UtcDateTime;
        policy.VerificationTimeIgnored = false;
        var chain = new X509Chain { ChainPolicy = policy };
        chain.Build(certificate);
        return chain;
    }
}
