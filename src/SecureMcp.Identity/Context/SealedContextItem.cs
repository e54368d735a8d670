namespace SecureMcp.Identity.Context;

/// <summary>A context item sealed to named recipients and signed by its sender.</summary>
/// <param name="Id">Random item id.</param>
/// <param name="Name">The item's name (for example <c>task-42/findings</c>).</param>
/// <param name="Sender">The sender's principal id.</param>
/// <param name="SenderCertificate">The sender's certificate (DER), verified against our CA on open.</param>
/// <param name="CreatedAt">When it was sealed.</param>
/// <param name="Recipients">One envelope per recipient.</param>
/// <param name="Nonce">AES-GCM nonce of the content.</param>
/// <param name="Ciphertext">The encrypted content.</param>
/// <param name="Tag">AES-GCM tag of the content.</param>
/// <param name="Signature">ECDSA P-256 signature by the sender over every other field.</param>
internal sealed record SealedContextItem(
    string Id,
    string Name,
    string Sender,
    byte[] SenderCertificate,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SealedRecipient> Recipients,
    byte[] Nonce,
    byte[] Ciphertext,
    byte[] Tag,
    byte[] Signature);
