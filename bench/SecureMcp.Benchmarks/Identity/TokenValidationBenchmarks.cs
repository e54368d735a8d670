using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Benchmarks.Identity;

/// <summary>Per-request cost of bearer-token authentication: a cold ES256 validation against a cache hit.</summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private BenchCa _ca = null!;
    private ECDsa _key = null!;
    private TokenValidator _validator = null!;
    private JwtAuthenticator _authenticator = null!;
    private string _token = null!;
    private byte[] _signingInput = null!;
    private byte[] _signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ca = new BenchCa();
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new TokenOptions("https://localhost:8443", "https://localhost:8443/mcp") { Lifetime = TimeSpan.FromHours(1) };
        _validator = new TokenValidator(options, _key, _ca.Ca.Revocations, NullSecurityEventSink.Instance, TimeProvider.System);
        _authenticator = new JwtAuthenticator(_validator, new VerifiedTokenCache(options.CacheCapacity, TimeProvider.System));
        var serial = _ca.Ca.Issue(new SecureMcp.Identity.Ca.IssueRequest("agent-1", SecureMcp.Identity.Ca.CertificateProfile.Agent, ["worker"], ["search"])).Serial;
        _token = new TokenIssuer(options, _key, TimeProvider.System).Issue(new AccessTokenClaims("agent-1", ["worker"], ["search"], serial, null)).AccessToken;
        var parts = _token.Split('.');
        _signingInput = System.Text.Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        _signature = System.Buffers.Text.Base64Url.DecodeFromChars(parts[2]);
        _authenticator.Authenticate(_token, null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _key.Dispose();
        _ca.Dispose();
    }

    /// <summary>The floor: one ECDSA P-256 verification, nothing else.</summary>
    [Benchmark]
    public bool RawEs256Verify() =>
        _key.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>Full cold validation: parse, strict header, verify, claims, revocation.</summary>
    [Benchmark(Baseline = true)]
    public object? ColdValidate() => _validator.Validate(_token, null).Principal;

    /// <summary>A token reused across calls: SHA-256 of the token, cache lookup, exp and revocation-epoch checks.</summary>
    [Benchmark]
    public object? CachedAuthenticate() => _authenticator.Authenticate(_token, null).Principal;
}
