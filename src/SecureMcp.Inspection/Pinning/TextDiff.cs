using SecureMcp.Inspection.Findings;

namespace SecureMcp.Inspection.Pinning;

/// <summary>Line diff of two texts (longest common subsequence), with invisible characters escaped so they show.</summary>
internal static class TextDiff
{
    private const int MaxLines = 400;

    public static IEnumerable<string> Lines(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            yield return "- " + EvidenceText.Escape(before);
            yield return "+ " + EvidenceText.Escape(after);
            yield break;
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                yield return "+ " + EvidenceText.Escape(b[y++]);
            }
            else
            {
                yield return "- " + EvidenceText.Escape(a[x++]);
            }
        }
    }
}
