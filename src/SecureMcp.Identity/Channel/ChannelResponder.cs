using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Channel;

/// <summary>The side that accepts a channel: checks ClientHello, answers ServerHello, and opens the channel on a valid ClientFinished.</summary>
/// <remarks>Nothing can be sent to the initiator before <see cref="Complete"/> has verified that the initiator holds its certificate key.</remarks>
internal sealed class ChannelResponder : IDisposable
{
    private readonly ChannelCredentials _credentials;
    private readonly HandshakePeer _peer;
    private readonly ECDiffieHellman _ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private State? _state;

    public ChannelResponder(ChannelCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        credentials.Options.Validate();
        _credentials = credentials;
        _peer = new HandshakePeer(credentials);
    }

    /// <summary>Checks the initiator's certificate and hello, picks the cipher, and returns the signed ServerHello.</summary>
    public byte[] Respond(byte[] clientHello, string? expectedPeer = null)
    {
        var hello = HandshakeMessage.Parse(clientHello);
        if (HandshakeMessage.Number(hello, "v") != 1)
        {
            throw _peer.Fail(null, ChannelFailures.HandshakeMalformed, "version");
        }

        var (principal, certificate) = _peer.ValidateCertificate(HandshakeMessage.Bytes(hello, "cert"), expectedPeer);
        using (certificate)
        {
            _peer.CheckTimestamp(HandshakeMessage.Number(hello, "ts"), principal.Id);
            var algorithm = Choose(hello, principal.Id);
            var peerEphemeral = HandshakeCrypto.DecodePoint(HandshakeMessage.Bytes(hello, "eph"));
            var peerKey = certificate.GetECDsaPublicKey()!;
            try
            {
                var body = HandshakeMessage.Serialize(new JsonObject
                {
                    ["v"] = 1,
                    ["alg"] = (int)algorithm,
                    ["eph"] = Convert.ToBase64String(HandshakeCrypto.EncodePoint(_ephemeral)),
                    ["cert"] = Convert.ToBase64String(_credentials.Certificate.RawData),
                    ["nonce"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                    ["ts"] = _credentials.Time.GetUtcNow().ToUnixTimeMilliseconds(),
                });
                var th1 = HandshakeCrypto.Transcript1(clientHello, body);
                using var ownKey = _credentials.Certificate.GetECDsaPrivateKey()!;
                var signature = HandshakeCrypto.Sign(ownKey, "server", th1);
                _state = new State(principal, certificate.RawData, peerKey, peerEphemeral, algorithm, th1, signature);
                return HandshakeMessage.Serialize(new JsonObject { ["body"] = Convert.ToBase64String(body), ["sig"] = Convert.ToBase64String(signature) });
            }
            catch
            {
                peerKey.Dispose();
                peerEphemeral.Dispose();
                throw;
            }
        }
    }

    /// <summary>Our preference wins among what was offered; the offer itself is in the signed transcript, so it cannot be downgraded.</summary>
    private AeadAlgorithm Choose(JsonObject hello, string peer)
    {
        HashSet<int> offered;
        try
        {
            offered = (hello["algs"] as JsonArray)?.Select(n => n?.GetValue<int>() ?? 0).ToHashSet() ?? [];
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            throw _peer.Fail(peer, ChannelFailures.HandshakeMalformed, "algs");
        }

        return _credentials.Options.Algorithms.Where(a => offered.Contains((int)a)).Select(a => (AeadAlgorithm?)a).FirstOrDefault()
               ?? throw _peer.Fail(peer, ChannelFailures.NoCommonAlgorithm, "offered=" + string.Join(',', offered));
    }

    /// <summary>Verifies the initiator's signature over the whole transcript and opens the channel.</summary>
    public SecureChannel Complete(byte[] clientFinished)
    {
        var state = _state ?? throw new InvalidOperationException("Respond must be called first.");
        var finished = HandshakeMessage.Parse(clientFinished);
        var signature = HandshakeMessage.Bytes(finished, "sig");
        if (!HandshakeCrypto.Verify(state.PeerKey, "client", HandshakeCrypto.Transcript2(state.Th1, state.ServerSignature), signature))
        {
            throw _peer.Fail(state.Peer.Id, ChannelFailures.HandshakeSignature, "role=client");
        }

        var (c2s, s2c, sessionId) = HandshakeCrypto.DeriveKeys(_ephemeral, state.PeerEphemeral, state.Th1);
        return new SecureChannel(state.Peer, state.Algorithm, sessionId, sendSecret: s2c, receiveSecret: c2s, _credentials.Options,
            _credentials.Sink, _credentials.Time)
        {
            PeerCertificate = state.PeerCertificate,
        };
    }

    public void Dispose()
    {
        _ephemeral.Dispose();
        _state?.PeerKey.Dispose();
        _state?.PeerEphemeral.Dispose();
    }

    private sealed record State(Principal Peer, byte[] PeerCertificate, ECDsa PeerKey, ECDiffieHellman PeerEphemeral, AeadAlgorithm Algorithm, byte[] Th1, byte[] ServerSignature);
}
