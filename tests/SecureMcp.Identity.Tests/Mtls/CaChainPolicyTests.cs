using System.Security.Cryptography.X509Certificates;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Tests.Support;

namespace SecureMcp.Identity.Tests.Mtls;

public sealed class CaChainPolicyTests : IDisposable
{
    private readonly TestCa _ca = new();

    private string RootThumbprint => CertificateAuthority.Thumbprint(_ca.Ca.Root);

    [Fact]
    public void Create_TrustsOurRootOnlyAndStaysOffTheNetwork()
    {
        var policy = _ca.Validator.CreateChainPolicy();
        policy.TrustMode.ShouldBe(X509ChainTrustMode.CustomRootTrust);
        policy.CustomTrustStore.Select(CertificateAuthority.Thumbprint).ShouldBe([RootThumbprint]);
        policy.RevocationMode.ShouldBe(X509RevocationMode.NoCheck);
        policy.DisableCertificateDownloads.ShouldBeTrue();
        CaChainPolicy.IsOurs(policy, RootThumbprint).ShouldBeTrue();
    }

    [Fact]
    public void IsOurs_SystemTrust_False() =>
        CaChainPolicy.IsOurs(new X509ChainPolicy(), RootThumbprint).ShouldBeFalse();

    [Fact]
    public void IsOurs_AnotherRootBesideOurs_False()
    {
        using var other = new TestCa(_ca.Time);
        var policy = _ca.Validator.CreateChainPolicy();
        policy.CustomTrustStore.Add(other.Ca.Root);
        CaChainPolicy.IsOurs(policy, RootThumbprint).ShouldBeFalse();
    }

    [Fact]
    public void IsOurs_VerificationFlagsThatHideErrors_False()
    {
        var policy = _ca.Validator.CreateChainPolicy();
        policy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
        CaChainPolicy.IsOurs(policy, RootThumbprint).ShouldBeFalse();
    }

    public void Dispose() => _ca.Dispose();
}
