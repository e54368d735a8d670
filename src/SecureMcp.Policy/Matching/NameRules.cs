namespace SecureMcp.Policy.Matching;

/// <summary>Which tool and prompt names the policy accepts: printable ASCII only, compared ordinally.</summary>
/// <remarks>
/// The gateway runs with invariant globalization, where <see cref="string.Normalize()"/> is a no-op, so Unicode
/// normalisation cannot be relied on. Instead a name (in the policy or in a request) must be printable ASCII — the
/// character set MCP recommends for tool names — so a fullwidth, decomposed or homoglyph variant of a name is never
/// the same name, and a request using one is answered as an unknown tool.
/// </remarks>
internal static class NameRules
{
    public static bool IsCanonicalName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 256)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resource URIs may hold any character but controls.</summary>
    public static bool IsAcceptableUri(ReadOnlySpan<char> uri)
    {
        if (uri.IsEmpty || uri.Length > 4096)
        {
            return false;
        }

        foreach (var c in uri)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
