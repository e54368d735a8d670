using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Identity.Tests.Tokens;

/// <summary>Every forged, stale or misdirected token is refused with its exact reason and a security event.</summary>
public sealed class JwtAttackTests : IDisposable
{
    private readonly TokenFixture _f = new();

    private static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static string PayloadOf(string token) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]));

    private void ShouldRefuse(string token, string failure)
    {
        var result = _f.Authenticator.Authenticate(token, null);
        result.Principal.ShouldBeNull();
        result.Failure.ShouldBe(failure);
        var e = _f.Ca.Sink.Single(IdentityEventKinds.TokenRejected);
        e.Reason.ShouldBe(failure);
        e.Severity.ShouldBe(SecuritySeverity.High);
        e.Detector.ShouldBe("jwt");
    }

    [Fact]
    public void Authenticate_ValidToken_ReturnsPrincipalWithRoles()
    {
        var (token, _) = _f.IssueFor("agent-1");
        var result = _f.Authenticator.Authenticate(token.AccessToken, null);
        result.Principal!.Id.ShouldBe("agent-1");
        result.Principal.Scheme.ShouldBe("token");
        result.Principal.Roles.ShouldBe(["worker"]);
        token.ExpiresAt.ShouldBe(_f.Ca.Time.GetUtcNow().AddMinutes(5));
    }

    [Fact]
    public void Authenticate_TokenSignedWithWrongKey_RefusedBadSignature()
    {
        var (token, _) = _f.IssueFor("agent-1");
        using var attacker = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parts = token.AccessToken.Split('.');
        var forged = Jws.Sign(Base64Url.DecodeFromChars(parts[0]), Base64Url.DecodeFromChars(parts[1]), attacker);
        ShouldRefuse(forged, TokenFailures.BadSignature);
    }

    [Fact]
    public void Authenticate_AlgNone_RefusedAlgorithmNotAllowed()
    {
        var (token, _) = _f.IssueFor("agent-1");
        var forged = Segment("""{"alg":"none","typ":"JWT"}""") + "." + Segment(PayloadOf(token.AccessToken)) + ".";
        ShouldRefuse(forged, TokenFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public void Authenticate_Hs256WithPublicKeyAsSecret_RefusedAlgorithmNotAllowed()
    {
        var (token, _) = _f.IssueFor("agent-1");
        var input = Segment("""{"alg":"HS256","typ":"JWT"}""") + "." + Segment(PayloadOf(token.AccessToken));
        var secret = Encoding.ASCII.GetBytes(_f.SigningKey.ExportSubjectPublicKeyInfoPem());
        var forged = input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
        ShouldRefuse(forged, TokenFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public void Authenticate_Rs256HeaderOverValidEs256Signature_RefusedAlgorithmNotAllowed()
    {
        var (token, _) = _f.IssueFor("agent-1");
        var forged = Jws.Sign(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT"}"""), Encoding.UTF8.GetBytes(PayloadOf(token.AccessToken)), _f.SigningKey);
        ShouldRefuse(forged, TokenFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public void Authenticate_EmbeddedJwkHeader_RefusedForbiddenHeader()
    {
        var (token, _) = _f.IssueFor("agent-1");
        var forged = Jws.Sign(Encoding.UTF8.GetBytes("""{"alg":"ES256","jwk":{"kty":"EC"}}"""), Encoding.UTF8.GetBytes(PayloadOf(token.AccessToken)), _f.SigningKey);
        ShouldRefuse(forged, TokenFailures.ForbiddenHeader);
    }

    [Fact]
    public void Authenticate_ExpiredToken_RefusedExpired()
    {
        var (token, _) = _f.IssueFor("agent-1");
        _f.Ca.Time.Advance(_f.Options.Lifetime + _f.Options.ClockSkew + TimeSpan.FromSeconds(1));
        ShouldRefuse(token.AccessToken, TokenFailures.Expired);
    }

    [Fact]
    public void Authenticate_WithinClockSkewAfterExpiry_StillAcceptedOnColdPath()
    {
        var (token, _) = _f.IssueFor("agent-1");
        _f.Ca.Time.Advance(_f.Options.Lifetime + TimeSpan.FromSeconds(10));
        _f.Validator.Validate(token.AccessToken, null).Principal.ShouldNotBeNull();
    }

    [Fact]
    public void Authenticate_WrongAudience_RefusedWrongAudience()
    {
        var cert = _f.Ca.Ca.Issue(new Identity.Ca.IssueRequest("agent-1", Identity.Ca.CertificateProfile.Agent, [], []));
        var other = new TokenIssuer(_f.Options with { Audience = "https://other.example/mcp" }, _f.SigningKey, _f.Ca.Time);
        var token = other.Issue(new AccessTokenClaims("agent-1", [], [], cert.Serial, null));
        ShouldRefuse(token.AccessToken, TokenFailures.WrongAudience);
    }

    [Fact]
    public void Authenticate_WrongIssuer_RefusedWrongIssuer()
    {
        var cert = _f.Ca.Ca.Issue(new Identity.Ca.IssueRequest("agent-1", Identity.Ca.CertificateProfile.Agent, [], []));
        var other = new TokenIssuer(_f.Options with { Issuer = "https://evil.example" }, _f.SigningKey, _f.Ca.Time);
        ShouldRefuse(other.Issue(new AccessTokenClaims("agent-1", [], [], cert.Serial, null)).AccessToken, TokenFailures.WrongIssuer);
    }

    [Fact]
    public void Authenticate_NotYetValid_RefusedNotYetValid()
    {
        var (token, _) = _f.IssueFor("agent-1");
        _f.Ca.Time.Advance(-TimeSpan.FromMinutes(2));
        ShouldRefuse(token.AccessToken, TokenFailures.NotYetValid);
    }

    [Fact]
    public void Authenticate_CertificateRevokedAfterCaching_CacheEntryDropped()
    {
        var (token, cert) = _f.IssueFor("agent-1");
        _f.Authenticator.Authenticate(token.AccessToken, null).Principal.ShouldNotBeNull();
        _f.Cache.Count.ShouldBe(1);
        _f.Ca.Ca.Revoke(cert.Serial, "compromised");
        ShouldRefuse(token.AccessToken, TokenFailures.Revoked);
    }

    [Fact]
    public void Authenticate_CachedTokenPastExp_NotServedFromCache()
    {
        var (token, _) = _f.IssueFor("agent-1");
        _f.Authenticator.Authenticate(token.AccessToken, null).Principal.ShouldNotBeNull();
        _f.Ca.Time.Advance(_f.Options.Lifetime + _f.Options.ClockSkew);
        ShouldRefuse(token.AccessToken, TokenFailures.Expired);
    }

    [Fact]
    public void Authenticate_SecondUse_ServedFromCacheWithoutNewEvents()
    {
        var (token, _) = _f.IssueFor("agent-1");
        var first = _f.Authenticator.Authenticate(token.AccessToken, null).Principal;
        var second = _f.Authenticator.Authenticate(token.AccessToken, null).Principal;
        second.ShouldBeSameAs(first);
        _f.Ca.Sink.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Authenticate_BoundTokenWithoutItsCertificate_RefusedCertificateBinding()
    {
        var cert = _f.Ca.Ca.Issue(new Identity.Ca.IssueRequest("agent-1", Identity.Ca.CertificateProfile.Agent, [], []));
        var token = _f.Issuer.Issue(new AccessTokenClaims("agent-1", [], [], cert.Serial, CertificateConfirmation.Thumbprint(cert.Certificate)));
        _f.Authenticator.Authenticate(token.AccessToken, cert.Certificate).Principal.ShouldNotBeNull();
        using var other = _f.Ca.IssueAgent("agent-2");
        _f.Authenticator.Authenticate(token.AccessToken, other).Failure.ShouldBe(TokenFailures.CertificateBinding);
        _f.Ca.Sink.Single(IdentityEventKinds.TokenRejected).Reason.ShouldBe(TokenFailures.CertificateBinding);
    }

    [Fact]
    public async Task AuthenticateAsync_ApiKeyBearer_LeftToApiKeyScheme()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = "Bearer smk_abc" };
        (await _f.Authenticator.AuthenticateAsync(new AuthenticationRequest(headers, null, null), default)).NoResult.ShouldBeTrue();
        headers["Authorization"] = "Bearer garbage";
        (await _f.Authenticator.AuthenticateAsync(new AuthenticationRequest(headers, null, null), default)).Failure.ShouldBe(TokenFailures.Malformed);
    }

    [Fact]
    public void Challenge_NamesResourceMetadataUrl()
    {
        _f.Authenticator.Challenge.ShouldBe("Bearer realm=\"securemcp\", resource_metadata=\"https://localhost:8443/.well-known/oauth-protected-resource/mcp\"");
        BearerChallenge.Build("https://x/m", "invalid_token", "bad \"quote\"\r\n").ShouldEndWith("error=\"invalid_token\", error_description=\"bad \\\"quote\\\"\"");
    }

    [Fact]
    public void Options_BadValues_RefusedNamingTheKey()
    {
        Should.Throw<ArgumentException>(() => new TokenOptions("ftp://x", "https://localhost/mcp").Validate()).Message.ShouldContain("tokens.issuer");
        Should.Throw<ArgumentException>(() => (_f.Options with { ClockSkew = TimeSpan.FromHours(1) }).Validate()).Message.ShouldContain("tokens.clockSkew");
    }

    public void Dispose() => _f.Dispose();
}
