using System.Buffers.Text;
using System.Security.Cryptography;
using SecureMcp.Identity.Keys;

namespace SecureMcp.Identity.Tokens;

/// <summary>The gateway's ES256 token-signing key, kept in the encrypted key store.</summary>
internal static class TokenSigningKey
{
    public const string KeyName = "token-signing";

    public static ECDsa LoadOrCreate(KeyStore keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Contains(KeyName))
        {
            return keys.LoadEcdsa(KeyName);
        }

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        keys.SaveEcdsa(KeyName, key);
        return key;
    }

    /// <summary>The key id: base64url of the first 16 bytes of SHA-256 over the SubjectPublicKeyInfo.</summary>
    public static string KeyId(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Base64Url.EncodeToString(SHA256.HashData(key.ExportSubjectPublicKeyInfo()).AsSpan(0, 16));
    }
}
