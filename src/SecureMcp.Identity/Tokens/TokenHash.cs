using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SecureMcp.Identity.Tokens;

/// <summary>SHA-256 of a token as a value key: the cache never holds the token itself.</summary>
internal readonly record struct TokenHash(ulong A, ulong B, ulong C, ulong D)
{
    public static TokenHash Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var byteCount = Encoding.UTF8.GetMaxByteCount(token.Length);
        var rented = byteCount <= 4096 ? null : new byte[byteCount];
        Span<byte> bytes = rented ?? stackalloc byte[4096];
        var length = Encoding.UTF8.GetBytes(token, bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..length], hash);
        return new TokenHash(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]), BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));
    }
}
