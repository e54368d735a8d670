using System.Security.Cryptography;
using System.Text;
using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Operators;

/// <summary>Encrypts small secrets (TOTP seeds) at rest with AES-256-GCM: <c>nonce(12) || ciphertext || tag(16)</c>.</summary>
/// <remarks>The key comes from <see cref="Keys.KeyStore.DeriveKey"/>; the associated data binds a blob to its owner, so a seed copied to another account fails to decrypt.</remarks>
internal sealed class SecretProtector(byte[] key)
{
    public byte[] Protect(ReadOnlySpan<byte> secret, string owner)
    {
        var blob = new byte[AeadCipher.NonceSize + secret.Length + AeadCipher.TagSize];
        var nonce = blob.AsSpan(0, AeadCipher.NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, AeadCipher.TagSize);
        aes.Encrypt(nonce, secret, blob.AsSpan(AeadCipher.NonceSize, secret.Length), blob.AsSpan(AeadCipher.NonceSize + secret.Length), Encoding.UTF8.GetBytes(owner));
        return blob;
    }

    public byte[] Unprotect(byte[] blob, string owner)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var length = blob.Length - AeadCipher.NonceSize - AeadCipher.TagSize;
        if (length < 0)
        {
            throw new CryptographicException("Protected secret is truncated.");
        }

        var secret = new byte[length];
        using var aes = new AesGcm(key, AeadCipher.TagSize);
        aes.Decrypt(blob.AsSpan(0, AeadCipher.NonceSize), blob.AsSpan(AeadCipher.NonceSize, length), blob.AsSpan(AeadCipher.NonceSize + length),
            secret, Encoding.UTF8.GetBytes(owner));
        return secret;
    }
}
