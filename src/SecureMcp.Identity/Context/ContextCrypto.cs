using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SecureMcp.Identity.Context;

/// <summary>ECIES over P-256 for wrapping content keys, and the canonical bytes a sealed item's signature covers.</summary>
/// <remarks>
/// wrap key = HKDF-SHA256(ikm = ECDH(ephemeral, recipient cert key), salt = ephemeral point, info = "securemcp context v1 wrap" | item id | recipient id);
/// the wrap is AES-256-GCM with associated data item id | recipient id, so an envelope cannot be moved to another item or recipient.
/// </remarks>
internal static class ContextCrypto
{
    public static ECDiffieHellman ToKeyAgreement(ECDsa key, bool includePrivate) =>
        ECDiffieHellman.Create(key.ExportParameters(includePrivate));

    public static byte[] WrapKey(ECDiffieHellman ownPrivate, ECDiffieHellman peerPublic, byte[] ephemeralPoint, string itemId, string recipientId)
    {
        var shared = ownPrivate.DeriveRawSecretAgreement(peerPublic.PublicKey);
        try
        {
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, ephemeralPoint, Info(itemId, recipientId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
        }
    }

    public static byte[] Info(string itemId, string recipientId) => Encoding.UTF8.GetBytes($"securemcp context v1 wrap|{itemId}|{recipientId}");

    /// <summary>Associated data of the content: item id, name, sender and the sorted recipient list.</summary>
    public static byte[] ContentAad(string itemId, string name, string sender, IEnumerable<string> recipients) =>
        Encoding.UTF8.GetBytes($"securemcp context v1|{itemId}|{name}|{sender}|{string.Join(',', recipients.Order(StringComparer.Ordinal))}");

    /// <summary>Length-prefixed concatenation of every field except the signature.</summary>
    public static byte[] SignedBytes(SealedContextItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var stream = new MemoryStream();
        Write(stream, Encoding.UTF8.GetBytes(item.Id));
        Write(stream, Encoding.UTF8.GetBytes(item.Name));
        Write(stream, Encoding.UTF8.GetBytes(item.Sender));
        Write(stream, item.SenderCertificate);
        Write(stream, BitConverter.GetBytes(item.CreatedAt.ToUnixTimeMilliseconds()));
        foreach (var recipient in item.Recipients)
        {
            Write(stream, Encoding.UTF8.GetBytes(recipient.PrincipalId));
            Write(stream, recipient.EphemeralKey);
            Write(stream, recipient.Nonce);
            Write(stream, recipient.WrappedKey);
            Write(stream, recipient.Tag);
        }

        Write(stream, item.Nonce);
        Write(stream, item.Ciphertext);
        Write(stream, item.Tag);
        return stream.ToArray();
    }

    private static void Write(MemoryStream stream, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        stream.Write(data);
    }
}
