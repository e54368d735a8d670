namespace SecureMcp.Policy.Matching;

/// <summary>A glob over names: <c>*</c> matches any run of characters, <c>?</c> one character; everything else is ordinal.</summary>
/// <remarks>Matching is allocation-free and linear-ish (greedy with one backtrack point), so a pattern cannot be made slow.</remarks>
internal sealed class GlobPattern
{
    private readonly string _pattern;
    private readonly bool _literal;

    public GlobPattern(string pattern)
    {
        _pattern = pattern;
        _literal = pattern.AsSpan().IndexOfAny('*', '?') < 0;
    }

    /// <summary>The pattern as written.</summary>
    public string Text => _pattern;

    /// <summary>True when the pattern has no wildcard.</summary>
    public bool IsLiteral => _literal;

    public bool IsMatch(ReadOnlySpan<char> value) => _literal ? value.SequenceEqual(_pattern) : Match(_pattern, value);

    public bool IsMatch(string? value) => value is not null && IsMatch(value.AsSpan());

    public override string ToString() => _pattern;

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        int p = 0, v = 0, star = -1, mark = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || (pattern[p] != '*' && pattern[p] == value[v])))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = v;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
