namespace SecureMcp.Identity.Keys;

/// <summary>The contents of one <c>NAME.key</c> file: AES-256-GCM over the PKCS#8 private key, base64 fields.</summary>
internal sealed record EncryptedKeyFile(int Version, string Name, string Algorithm, string Salt, string Nonce, string Ciphertext, string Tag);
