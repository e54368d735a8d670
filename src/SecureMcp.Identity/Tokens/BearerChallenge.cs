namespace SecureMcp.Identity.Tokens;

/// <summary>Builds the <c>WWW-Authenticate: Bearer</c> challenge of RFC 6750 with the RFC 9728 <c>resource_metadata</c> parameter.</summary>
/// <remarks>This is how the MCP authorization spec lets a client that got a 401 discover where to get a token.</remarks>
internal static class BearerChallenge
{
    public static string Build(string resourceMetadataUrl, string? error = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceMetadataUrl);
        var challenge = $"Bearer realm=\"securemcp\", resource_metadata=\"{Quote(resourceMetadataUrl)}\"";
        if (error is not null)
        {
            challenge += $", error=\"{Quote(error)}\"";
        }

        if (description is not null)
        {
            challenge += $", error_description=\"{Quote(description)}\"";
        }

        return challenge;
    }

    // RFC 7230 quoted-string: escape backslash and quote, and drop control characters so no header can be injected.
    private static string Quote(string value) =>
        new(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Where(c => c >= 0x20 && c != 0x7f).ToArray());
}
