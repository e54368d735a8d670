namespace SecureMcp.Inspection.Text;

/// <summary>Finds maximal runs of token characters (base64 alphabet, identifiers) in one linear pass, instead of a regex that retries at every offset.</summary>
internal static class TokenRuns
{
    public static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '_' or '-';

    public static bool IsIdentifier(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>Runs of base64-alphabet characters whose length is in range, as (start, length).</summary>
    public static List<(int Start, int Length)> Base64(string text, int minLength, int maxLength) => Find(text, minLength, maxLength, identifier: false);

    /// <summary>Runs of identifier characters (letters, digits, '_' and '-') whose length is in range, as (start, length).</summary>
    public static List<(int Start, int Length)> Identifiers(string text, int minLength, int maxLength) => Find(text, minLength, maxLength, identifier: true);

    private static readonly System.Buffers.SearchValues<char> Base64Chars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-");

    private static readonly System.Buffers.SearchValues<char> IdentifierChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    private static List<(int Start, int Length)> Find(string text, int minLength, int maxLength, bool identifier)
    {
        // Skip search: probe the last character a run of minLength starting at p would need. If it is a separator,
        // no run long enough starts in [p, probe], so jump past it; otherwise measure the run around the probe.
        var chars = identifier ? IdentifierChars : Base64Chars;
        List<(int, int)>? runs = null;
        var p = 0;
        while (p + minLength - 1 < text.Length)
        {
            var probe = p + minLength - 1;
            if (!chars.Contains(text[probe]))
            {
                p = probe + 1;
                continue;
            }

            var start = probe;
            while (start > p && chars.Contains(text[start - 1]))
            {
                start--;
            }

            if (start == p && p > 0 && chars.Contains(text[p - 1]))
            {
                // p is inside a run already measured as too short or too long; skip to its end.
                while (p < text.Length && chars.Contains(text[p]))
                {
                    p++;
                }

                continue;
            }

            var end = probe + 1;
            while (end < text.Length && chars.Contains(text[end]))
            {
                end++;
            }

            var length = end - start;
            if (length >= minLength && length <= maxLength)
            {
                (runs ??= []).Add((start, length));
            }

            p = end;
        }

        return runs ?? [];
    }
}
