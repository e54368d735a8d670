using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Events;

namespace SecureMcp.Benchmarks.Identity;

/// <summary>Secure-channel throughput beside raw AES-256-GCM on the same sizes, in the same run.</summary>
[MemoryDiagnoser]
public class SecureChannelBenchmarks
{
    private BenchCa _ca = null!;
    private X509Certificate2 _alice = null!;
    private X509Certificate2 _bob = null!;
    private SecureChannel _sender = null!;
    private SecureChannel _receiver = null!;
    private AesGcm _raw = null!;
    private byte[] _plaintext = null!;
    private byte[] _record = null!;
    private byte[] _opened = null!;
    private byte[] _nonce = null!;
    private byte[] _tag = null!;

    [Params(1024, 65536)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ca = new BenchCa();
        _alice = _ca.Agent("alice");
        _bob = _ca.Agent("bob");
        var options = new SecureChannelOptions();
        using var initiator = new ChannelInitiator(new ChannelCredentials(_alice, _ca.Validator, options, NullSecurityEventSink.Instance, TimeProvider.System), "bob");
        using var responder = new ChannelResponder(new ChannelCredentials(_bob, _ca.Validator, options, NullSecurityEventSink.Instance, TimeProvider.System));
        var hello = responder.Respond(initiator.CreateHello());
        _sender = initiator.Complete(hello, out var finished);
        _receiver = responder.Complete(finished);
        _raw = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
        _plaintext = RandomNumberGenerator.GetBytes(Size);
        _record = new byte[Size + SecureChannel.Overhead];
        _opened = new byte[Size];
        _nonce = new byte[12];
        _tag = new byte[16];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sender.Dispose();
        _receiver.Dispose();
        _raw.Dispose();
        _alice.Dispose();
        _bob.Dispose();
        _ca.Dispose();
    }

    /// <summary>The ceiling: one AES-256-GCM encryption with a fixed nonce (never do that for real).</summary>
    [Benchmark(Baseline = true)]
    public void RawAesGcmEncrypt() => _raw.Encrypt(_nonce, _plaintext, _record.AsSpan(0, Size), _tag);

    /// <summary>Channel send: header, sequence, timestamp, rekey check, AES-256-GCM with the header as associated data.</summary>
    [Benchmark]
    public int ChannelSeal() => _sender.Seal(_plaintext, _record);

    /// <summary>Channel send and receive: the above plus skew check, replay window and authenticated decryption.</summary>
    [Benchmark]
    public int ChannelSealAndOpen()
    {
        var length = _sender.Seal(_plaintext, _record);
        return _receiver.Open(_record.AsSpan(0, length), _opened);
    }
}
