namespace SecureMcp.Identity.Crypto;

/// <summary>The authenticated ciphers a secure channel can negotiate. Both use 256-bit keys, 96-bit nonces and 128-bit tags.</summary>
internal enum AeadAlgorithm
{
    Aes256Gcm = 1,
    ChaCha20Poly1305 = 2,
}
