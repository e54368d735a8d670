using System.Security.Cryptography;

namespace SecureMcp.Identity.Crypto;

/// <summary>One key of AES-256-GCM or ChaCha20-Poly1305 behind one shape, so callers negotiate the algorithm, not the code path.</summary>
internal sealed class AeadCipher : IDisposable
{
    public const int KeySize = 32;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    private readonly AesGcm? _aes;
    private readonly ChaCha20Poly1305? _chacha;

    public AeadCipher(AeadAlgorithm algorithm, ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"An AEAD key is {KeySize} bytes, not {key.Length}.", nameof(key));
        }

        Algorithm = algorithm;
        switch (algorithm)
        {
            case AeadAlgorithm.Aes256Gcm:
                _aes = new AesGcm(key, TagSize);
                break;
            case AeadAlgorithm.ChaCha20Poly1305:
                _chacha = new ChaCha20Poly1305(key);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown AEAD algorithm.");
        }
    }

    public AeadAlgorithm Algorithm { get; }

    /// <summary>The algorithms this platform offers, in our order of preference (AES-GCM first: it has hardware support here).</summary>
    public static IReadOnlyList<AeadAlgorithm> Supported { get; } = BuildSupported();

    public void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData)
    {
        if (_aes is not null)
        {
            _aes.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);
        }
        else
        {
            _chacha!.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);
        }
    }

    /// <summary>Decrypts and authenticates; throws <see cref="AuthenticationTagMismatchException"/> on any tampering or wrong key.</summary>
    public void Decrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        if (_aes is not null)
        {
            _aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
        }
        else
        {
            _chacha!.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
        }
    }

    public void Dispose()
    {
        _aes?.Dispose();
        _chacha?.Dispose();
    }

    private static AeadAlgorithm[] BuildSupported()
    {
        var list = new List<AeadAlgorithm>();
        if (AesGcm.IsSupported)
        {
            list.Add(AeadAlgorithm.Aes256Gcm);
        }

        if (ChaCha20Poly1305.IsSupported)
        {
            list.Add(AeadAlgorithm.ChaCha20Poly1305);
        }

        return [.. list];
    }
}
