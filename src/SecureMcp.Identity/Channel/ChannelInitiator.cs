using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Channel;

/// <summary>The side that opens a channel: sends ClientHello, checks ServerHello, answers with ClientFinished.</summary>
/// <remarks>One object per handshake; the ephemeral ECDH key lives only until <see cref="Complete"/> returns (forward secrecy).</remarks>
internal sealed class ChannelInitiator : IDisposable
{
    private readonly ChannelCredentials _credentials;
    private readonly string? _expectedPeer;
    private readonly HandshakePeer _peer;
    private readonly ECDiffieHellman _ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private byte[]? _hello;

    /// <param name="credentials">This agent's certificate and validator.</param>
    /// <param name="expectedPeer">The principal id the responder must prove, or null to accept any agent of our CA.</param>
    public ChannelInitiator(ChannelCredentials credentials, string? expectedPeer)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        credentials.Options.Validate();
        _credentials = credentials;
        _expectedPeer = expectedPeer;
        _peer = new HandshakePeer(credentials);
    }

    public byte[] CreateHello()
    {
        var algorithms = new JsonArray();
        foreach (var algorithm in _credentials.Options.Algorithms)
        {
            algorithms.Add((int)algorithm);
        }

        _hello = HandshakeMessage.Serialize(new JsonObject
        {
            ["v"] = 1,
            ["algs"] = algorithms,
            ["eph"] = Convert.ToBase64String(HandshakeCrypto.EncodePoint(_ephemeral)),
            ["cert"] = Convert.ToBase64String(_credentials.Certificate.RawData),
            ["nonce"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["ts"] = _credentials.Time.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        return _hello;
    }

    /// <summary>Verifies the responder and derives the keys; <paramref name="finished"/> must be sent to the responder.</summary>
    public SecureChannel Complete(byte[] serverHello, out byte[] finished)
    {
        var hello = _hello ?? throw new InvalidOperationException("CreateHello must be called first.");
        var envelope = HandshakeMessage.Parse(serverHello);
        var bodyBytes = HandshakeMessage.Bytes(envelope, "body");
        var signature = HandshakeMessage.Bytes(envelope, "sig");
        var body = HandshakeMessage.Parse(bodyBytes);
        if (HandshakeMessage.Number(body, "v") != 1)
        {
            throw _peer.Fail(null, ChannelFailures.HandshakeMalformed, "version");
        }

        var (principal, certificate) = _peer.ValidateCertificate(HandshakeMessage.Bytes(body, "cert"), _expectedPeer);
        using (certificate)
        {
            _peer.CheckTimestamp(HandshakeMessage.Number(body, "ts"), principal.Id);
            var algorithm = (AeadAlgorithm)HandshakeMessage.Number(body, "alg");
            if (!_credentials.Options.Algorithms.Contains(algorithm))
            {
                throw _peer.Fail(principal.Id, ChannelFailures.NoCommonAlgorithm, "alg=" + (int)algorithm);
            }

            var th1 = HandshakeCrypto.Transcript1(hello, bodyBytes);
            using (var peerKey = certificate.GetECDsaPublicKey()!)
            {
                if (!HandshakeCrypto.Verify(peerKey, "server", th1, signature))
                {
                    throw _peer.Fail(principal.Id, ChannelFailures.HandshakeSignature, "role=server");
                }
            }

            using var peerEphemeral = HandshakeCrypto.DecodePoint(HandshakeMessage.Bytes(body, "eph"));
            using var ownKey = _credentials.Certificate.GetECDsaPrivateKey()!;
            finished = HandshakeMessage.Serialize(new JsonObject
            {
                ["sig"] = Convert.ToBase64String(HandshakeCrypto.Sign(ownKey, "client", HandshakeCrypto.Transcript2(th1, signature))),
            });
            var (c2s, s2c, sessionId) = HandshakeCrypto.DeriveKeys(_ephemeral, peerEphemeral, th1);
            return new SecureChannel(principal, algorithm, sessionId, sendSecret: c2s, receiveSecret: s2c, _credentials.Options,
                _credentials.Sink, _credentials.Time)
            {
                PeerCertificate = certificate.RawData,
            };
        }
    }

    public void Dispose() => _ephemeral.Dispose();
}
