using System.Net;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Ca;

public sealed class CertificateAuthorityTests : IDisposable
{
    private readonly TestCa _ca = new();

    [Fact]
    public void Init_CreatesRootCaWithTimesFromTimeProvider()
    {
        var root = _ca.Ca.Root;
        root.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority.ShouldBeTrue();
        root.NotBefore.ToUniversalTime().ShouldBe(_ca.Time.GetUtcNow().UtcDateTime - _ca.Options.Backdate);
        Should.Throw<InvalidOperationException>(() => CertificateAuthority.Init(_ca.Options, KeyStoreSecret.FromPassphrase(TestCa.Passphrase), _ca.Time));
    }

    [Fact]
    public void Issue_Agent_RecordsRolesAndCapabilitiesInExtension()
    {
        var issued = _ca.Ca.Issue(new IssueRequest("agent-7", CertificateProfile.Agent, ["worker", "reader"], ["search"]));
        var claims = PrincipalExtension.Read(issued.Certificate).ShouldNotBeNull();
        claims.Profile.ShouldBe(CertificateProfile.Agent);
        claims.Roles.ShouldBe(["worker", "reader"]);
        claims.Capabilities.ShouldBe(["search"]);
        issued.Certificate.GetNameInfo(X509NameType.SimpleName, false).ShouldBe("agent-7");
        issued.NotAfter.ShouldBe(_ca.Time.GetUtcNow() + _ca.Options.LeafLifetime);
    }

    [Fact]
    public void Issue_Gateway_HasLocalhostAndLoopbackSans()
    {
        var issued = _ca.Ca.Issue(new IssueRequest("gateway", CertificateProfile.Gateway, [], []));
        var san = issued.Certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        san.EnumerateDnsNames().ShouldBe(["localhost"]);
        san.EnumerateIPAddresses().ShouldBe([IPAddress.Loopback]);
        using var credential = _ca.Ca.LoadCredential(issued.Serial);
        credential.HasPrivateKey.ShouldBeTrue();
    }

    [Fact]
    public void Revoke_ThenList_ShowsRevokedStatusAndAdvancesEpoch()
    {
        var issued = _ca.Ca.Issue(new IssueRequest("agent-1", CertificateProfile.Agent, [], []));
        var before = _ca.Ca.Revocations.Epoch;
        _ca.Ca.Revoke(issued.Serial, "key compromise").ShouldBeTrue();
        _ca.Ca.Revoke(issued.Serial, "again").ShouldBeFalse();
        var listed = _ca.Ca.List().Single();
        listed.Status.ShouldBe("revoked");
        listed.RevocationReason.ShouldBe("key compromise");
        _ca.Ca.Revocations.Epoch.ShouldBe(before + 1);
        _ca.Ca.Revocations.IsRevoked(issued.Serial).ShouldBeTrue();
    }

    [Fact]
    public void Rotate_BeforeOverlap_DoesNothingThenReissuesWithOverlap()
    {
        var first = _ca.Ca.Issue(new IssueRequest("agent-2", CertificateProfile.Agent, ["worker"], ["search"]));
        _ca.Ca.Rotate("agent-2").ShouldBeNull();
        _ca.Time.Advance(_ca.Options.LeafLifetime - _ca.Options.RotationOverlap + TimeSpan.FromHours(1));
        var second = _ca.Ca.Rotate("agent-2").ShouldNotBeNull();
        second.Serial.ShouldNotBe(first.Serial);
        second.Roles.ShouldBe(["worker"]);
        second.NotAfter.ShouldBeGreaterThan(first.NotAfter);
        _ca.Ca.List().Count(c => c.Status == "valid").ShouldBe(2, "old and new overlap until the old one expires");
        _ca.Ca.Newest("agent-2")!.Serial.ShouldBe(second.Serial);
    }

    [Fact]
    public void Open_ExistingCa_LoadsSameRoot()
    {
        using var reopened = CertificateAuthority.Open(_ca.Options, KeyStoreSecret.FromPassphrase(TestCa.Passphrase), _ca.Time);
        reopened.Root.Thumbprint.ShouldBe(_ca.Ca.Root.Thumbprint);
        CertificateAuthority.LoadRoot(_ca.Directory).Thumbprint.ShouldBe(_ca.Ca.Root.Thumbprint);
    }

    [Fact]
    public void Issue_PrincipalIdWithDnMetacharacters_Refuses() =>
        Should.Throw<ArgumentException>(() => _ca.Ca.Issue(new IssueRequest("evil,CN=admin", CertificateProfile.Agent, [], [])));

    public void Dispose() => _ca.Dispose();
}
