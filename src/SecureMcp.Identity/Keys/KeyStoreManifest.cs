namespace SecureMcp.Identity.Keys;

/// <summary>The contents of <c>keystore.json</c>: the master-key derivation parameters and a check value.</summary>
internal sealed record KeyStoreManifest(int Version, string Kdf, int Iterations, string Salt, string CheckNonce, string CheckCiphertext, string CheckTag);
