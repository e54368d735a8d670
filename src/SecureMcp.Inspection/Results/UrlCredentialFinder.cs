namespace SecureMcp.Inspection.Results;

/// <summary>Finds the password of <c>scheme://user:password@host</c> URLs by looking around each "://" (linear, no regex retries).</summary>
internal static class UrlCredentialFinder
{
    public static List<(int Start, int Length)> Find(string text)
    {
        var found = new List<(int, int)>();
        var sep = text.IndexOf("://", StringComparison.Ordinal);
        while (sep > 0)
        {
            var schemeStart = sep;
            while (schemeStart > 0 && (char.IsAsciiLetterOrDigit(text[schemeStart - 1]) || text[schemeStart - 1] is '+' or '.' or '-'))
            {
                schemeStart--;
            }

            var authorityStart = sep + 3;
            var end = authorityStart;
            while (end < text.Length && text[end] is not ('/' or '?' or '#' or ' ' or '\n' or '\r' or '\t' or '"' or '\''))
            {
                end++;
            }

            var at = text.LastIndexOf('@', end - 1, end - authorityStart);
            if (schemeStart < sep && at > authorityStart)
            {
                var colon = text.IndexOf(':', authorityStart, at - authorityStart);
                if (colon > authorityStart && at - colon - 1 >= 3)
                {
                    found.Add((colon + 1, at - colon - 1));
                }
            }

            sep = text.IndexOf("://", Math.Max(end, sep + 3), StringComparison.Ordinal);
        }

        return found;
    }
}
