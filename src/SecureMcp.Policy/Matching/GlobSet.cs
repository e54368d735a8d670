namespace SecureMcp.Policy.Matching;

/// <summary>Several globs; matches when any one does. An empty set matches nothing.</summary>
internal sealed class GlobSet
{
    public static readonly GlobSet Empty = new([]);

    private readonly GlobPattern[] _patterns;
    private readonly HashSet<string> _literals;

    public GlobSet(IEnumerable<string> patterns)
    {
        var all = patterns.Select(p => new GlobPattern(p)).ToArray();
        _literals = new HashSet<string>(all.Where(p => p.IsLiteral).Select(p => p.Text), StringComparer.Ordinal);
        _patterns = all.Where(p => !p.IsLiteral).ToArray();
        Count = all.Length;
    }

    public int Count { get; }

    public bool IsMatch(string? value)
    {
        if (value is null)
        {
            return false;
        }

        if (_literals.Contains(value))
        {
            return true;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(value.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }
}
