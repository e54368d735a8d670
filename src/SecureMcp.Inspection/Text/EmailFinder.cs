namespace SecureMcp.Inspection.Text;

/// <summary>Finds email addresses by expanding around each '@' (linear), shared by URL and PII detection.</summary>
internal static class EmailFinder
{
    public static List<(int Start, int Length)> Find(string text)
    {
        var found = new List<(int, int)>();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && IsLocal(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            var domain = text.AsSpan(at + 1, end - at - 1);
            var dot = domain.LastIndexOf('.');
            if (start < at && dot > 0 && domain.Length - dot - 1 >= 2 && IsLetters(domain[(dot + 1)..]) && text[start] != '.')
            {
                found.Add((start, end - start));
            }

            at = text.IndexOf('@', Math.Max(end, at + 1));
        }

        return found;
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
