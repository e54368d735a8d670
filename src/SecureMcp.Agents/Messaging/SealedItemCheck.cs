using SecureMcp.Identity.Context;

namespace SecureMcp.Agents.Messaging;

/// <summary>Shape and size checks on a sealed item received from a peer, before the agent holds it.</summary>
/// <remarks>These are cheap limits only; authenticity (sender certificate, signature, envelope) is checked when it is opened.</remarks>
internal static class SealedItemCheck
{
    public const int MaxNameLength = 200;
    private const int MaxCertificateBytes = 8 * 1024;

    /// <returns>Null if the item is acceptable, else why not.</returns>
    public static string? Problem(SealedContextItem? item, PeerMessagingOptions options)
    {
        if (item is null)
        {
            return "a context message needs an item";
        }

        if (item.Id.Length != 32 || !item.Id.All(char.IsAsciiHexDigitLower))
        {
            return "item id must be 32 lowercase hex characters";
        }

        if (item.Name.Length is 0 or > MaxNameLength || item.Sender.Length is 0 or > MaxNameLength)
        {
            return $"item name and sender must be 1-{MaxNameLength} characters";
        }

        if (item.SenderCertificate.Length is 0 or > MaxCertificateBytes)
        {
            return "item sender certificate is missing or too large";
        }

        if (item.Recipients.Count == 0 || item.Recipients.Count > options.MaxRecipients ||
            item.Recipients.Any(r => r is null || r.PrincipalId.Length is 0 or > MaxNameLength))
        {
            return $"item must name 1-{options.MaxRecipients} recipients";
        }

        return item.Ciphertext.Length > options.MaxContentBytes
            ? $"item content of {item.Ciphertext.Length} bytes exceeds the limit of {options.MaxContentBytes} bytes"
            : null;
    }
}
