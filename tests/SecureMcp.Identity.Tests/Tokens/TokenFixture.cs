using System.Security.Cryptography;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Tests.Support;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Identity.Tests.Tokens;

/// <summary>A CA, a token-signing key and every token component wired the way the gateway wires them.</summary>
internal sealed class TokenFixture : IDisposable
{
    public TokenFixture()
    {
        Options = new TokenOptions("https://localhost:8443", "https://localhost:8443/mcp");
        Validator = new TokenValidator(Options, SigningKey, Ca.Ca.Revocations, Ca.Sink, Ca.Time);
        Issuer = new TokenIssuer(Options, SigningKey, Ca.Time);
        Cache = new VerifiedTokenCache(Options.CacheCapacity, Ca.Time);
        Authenticator = new JwtAuthenticator(Validator, Cache);
        Assertions = new ClientAssertionValidator(Options, Ca.Validator, Ca.Sink, Ca.Time);
        Endpoint = new TokenEndpoint(Issuer, Assertions, Ca.Validator, Options, Ca.Sink, Ca.Time);
    }

    public TestCa Ca { get; } = new();

    public ECDsa SigningKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TokenOptions Options { get; }

    public TokenValidator Validator { get; }

    public TokenIssuer Issuer { get; }

    public VerifiedTokenCache Cache { get; }

    public JwtAuthenticator Authenticator { get; }

    public ClientAssertionValidator Assertions { get; }

    public TokenEndpoint Endpoint { get; }

    public (IssuedToken Token, IssuedCertificate Certificate) IssueFor(string agent)
    {
        var cert = Ca.Ca.Issue(new IssueRequest(agent, CertificateProfile.Agent, ["worker"], ["search"]));
        return (Issuer.Issue(new AccessTokenClaims(agent, ["worker"], ["search"], cert.Serial, null)), cert);
    }

    public void Dispose()
    {
        SigningKey.Dispose();
        Ca.Dispose();
    }
}
