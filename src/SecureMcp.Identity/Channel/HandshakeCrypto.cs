using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SecureMcp.Identity.Channel;

/// <summary>The handshake's primitives: P-256 point encoding, transcript hashes, signatures and the HKDF key schedule.</summary>
/// <remarks>
/// <code>
/// th1 = SHA-256("securemcp-channel-v1" | len | ClientHello | len | ServerHelloBody)
/// server signature = ECDSA-P256-SHA256(server cert key, "securemcp-channel-v1 server" | th1)
/// th2 = SHA-256(th1 | server signature)
/// client signature = ECDSA-P256-SHA256(client cert key, "securemcp-channel-v1 client" | th2)
/// prk = HKDF-Extract(salt = th1, ikm = ECDH(ephemeral_c, ephemeral_s))
/// c2s = HKDF-Expand(prk, "securemcp-channel-v1 c2s", 32); s2c = HKDF-Expand(prk, "securemcp-channel-v1 s2c", 32)
/// </code>
/// </remarks>
internal static class HandshakeCrypto
{
    private const string Label = "securemcp-channel-v1";

    public static byte[] EncodePoint(ECDiffieHellman key)
    {
        var q = key.ExportParameters(false).Q;
        return [0x04, .. q.X!, .. q.Y!];
    }

    public static ECDiffieHellman DecodePoint(byte[] point)
    {
        if (point.Length != 65 || point[0] != 0x04)
        {
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed);
        }

        try
        {
            return ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = point[1..33], Y = point[33..] },
            });
        }
        catch (CryptographicException ex)
        {
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed, ex);
        }
    }

    public static byte[] Transcript1(byte[] clientHello, byte[] serverHelloBody)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(Label));
        AppendFramed(hash, clientHello);
        AppendFramed(hash, serverHelloBody);
        return hash.GetHashAndReset();
    }

    public static byte[] Transcript2(byte[] th1, byte[] serverSignature) => SHA256.HashData([.. th1, .. serverSignature]);

    public static byte[] Sign(ECDsa key, string role, byte[] transcript) =>
        key.SignData(SignedContent(role, transcript), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public static bool Verify(ECDsa key, string role, byte[] transcript, byte[] signature) =>
        key.VerifyData(SignedContent(role, transcript), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>The client-to-server and server-to-client traffic secrets and a session id.</summary>
    public static (byte[] ClientToServer, byte[] ServerToClient, string SessionId) DeriveKeys(ECDiffieHellman own, ECDiffieHellman peer, byte[] th1)
    {
        var shared = own.DeriveRawSecretAgreement(peer.PublicKey);
        try
        {
            var prk = HKDF.Extract(HashAlgorithmName.SHA256, shared, th1);
            var c2s = HKDF.Expand(HashAlgorithmName.SHA256, prk, 32, Encoding.ASCII.GetBytes(Label + " c2s"));
            var s2c = HKDF.Expand(HashAlgorithmName.SHA256, prk, 32, Encoding.ASCII.GetBytes(Label + " s2c"));
            var id = Convert.ToHexStringLower(HKDF.Expand(HashAlgorithmName.SHA256, prk, 8, Encoding.ASCII.GetBytes(Label + " session")));
            CryptographicOperations.ZeroMemory(prk);
            return (c2s, s2c, id);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
        }
    }

    private static byte[] SignedContent(string role, byte[] transcript) => [.. Encoding.ASCII.GetBytes(Label + " " + role), .. transcript];

    private static void AppendFramed(IncrementalHash hash, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        hash.AppendData(length);
        hash.AppendData(data);
    }
}
