using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Benchmarks.Identity;

/// <summary>
/// Chain work for one mTLS client certificate per handshake: SslStream's build plus our validator, with the TLS layer on
/// the system policy and the validator building its own chain (before), against one build under our policy that the
/// validator reuses (after).
/// </summary>
[MemoryDiagnoser]
public class CertificateChainBenchmarks
{
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    private BenchCa _ca = null!;
    private X509Certificate2 _agent = null!;
    private X509ChainPolicy _tlsPolicy = null!;
    private X509Chain _built = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ca = new BenchCa();
        _agent = _ca.Agent("agent-1");
        _tlsPolicy = _ca.Validator.CreateChainPolicy();
        _built = TlsBuild(_tlsPolicy.Clone());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _built.Dispose();
        _agent.Dispose();
        _ca.Dispose();
    }

    /// <summary>Before: SslStream's default-policy build (system store, revocation off as Kestrel sets it), then the validator's own build.</summary>
    [Benchmark(Baseline = true)]
    public bool HandshakeBefore()
    {
        using var chain = TlsBuild(new X509ChainPolicy { RevocationMode = X509RevocationMode.NoCheck, RevocationFlag = X509RevocationFlag.ExcludeRoot });
        return _ca.Validator.Validate(_agent, CertificateUse.ClientAuth).IsValid;
    }

    /// <summary>After: SslStream builds under our policy (cloned per connection, as SslStream does), and the validator reuses that chain.</summary>
    [Benchmark]
    public bool HandshakeAfter()
    {
        using var chain = TlsBuild(_tlsPolicy.Clone());
        return _ca.Validator.Validate(_agent, chain, CertificateUse.ClientAuth).IsValid;
    }

    /// <summary>The validator alone, building its own chain.</summary>
    [Benchmark]
    public bool ValidateBuildingItsOwnChain() => _ca.Validator.Validate(_agent, CertificateUse.ClientAuth).IsValid;

    /// <summary>The validator alone, given a chain built under our policy.</summary>
    [Benchmark]
    public bool ValidateReusingBuiltChain() => _ca.Validator.Validate(_agent, _built, CertificateUse.ClientAuth).IsValid;

    /// <summary>A chain built the way SslStream builds a client certificate's: under <paramref name="policy"/>, asking for clientAuth.</summary>
    private X509Chain TlsBuild(X509ChainPolicy policy)
    {
        policy.ApplicationPolicy.Add(ClientAuth);
        var chain = new X509Chain { ChainPolicy = policy };
        chain.Build(_agent);
        return chain;
    }
}
