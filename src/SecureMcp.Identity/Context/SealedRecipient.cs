namespace SecureMcp.Identity.Context;

/// <summary>One recipient's envelope: the content key wrapped by ECIES to the recipient's certificate key.</summary>
/// <param name="PrincipalId">The recipient.</param>
/// <param name="EphemeralKey">The sender's one-time P-256 public key for this recipient (uncompressed point).</param>
/// <param name="Nonce">AES-GCM nonce of the wrap.</param>
/// <param name="WrappedKey">The encrypted 32-byte content key.</param>
/// <param name="Tag">AES-GCM tag of the wrap.</param>
internal sealed record SealedRecipient(string PrincipalId, byte[] EphemeralKey, byte[] Nonce, byte[] WrappedKey, byte[] Tag);
