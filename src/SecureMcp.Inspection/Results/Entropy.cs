namespace SecureMcp.Inspection.Results;

/// <summary>Shannon entropy of a token, in bits per character.</summary>
internal static class Entropy
{
    public static double BitsPerChar(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in token)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / token.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        if (other > 0)
        {
            var p = (double)other / token.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }
}
