namespace SecureMcp.Policy.Matching;

/// <summary>An allowed path prefix: a path argument must, once normalised, lie at or under it.</summary>
/// <remarks>
/// Normalisation is lexical: empty and <c>.</c> segments are dropped. A <c>..</c> segment is refused outright rather
/// than resolved, and so is anything whose meaning depends on a later decoding step (percent-encoding, backslashes,
/// Unicode look-alikes of dot and slash). Symbolic links are the tool server's to resolve inside its sandbox.
/// </remarks>
internal sealed class PathPrefix
{
    private readonly string[] _segments;
    private readonly bool _absolute;

    private PathPrefix(string text, string[] segments, bool absolute)
    {
        Text = text;
        _segments = segments;
        _absolute = absolute;
    }

    public string Text { get; }

    public static bool TryCreate(string prefix, out PathPrefix? result, out string? error)
    {
        result = null;
        error = null;
        var check = Classify(prefix);
        if (check != PathCheck.Inside)
        {
            error = $"path prefix '{prefix}' must not contain '..', percent-encoding, backslashes or look-alike characters";
            return false;
        }

        var segments = prefix.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        result = new PathPrefix(prefix, segments, prefix.StartsWith('/'));
        return true;
    }

    public PathCheck Check(ReadOnlySpan<char> path)
    {
        var check = Classify(path);
        if (check != PathCheck.Inside)
        {
            return check;
        }

        if (path.Length > 0 && path[0] == '/' != _absolute)
        {
            return PathCheck.Outside;
        }

        var index = 0;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.IsEmpty || segment is ".")
            {
                continue;
            }

            if (index >= _segments.Length)
            {
                return PathCheck.Inside;
            }

            if (!segment.SequenceEqual(_segments[index]))
            {
                return PathCheck.Outside;
            }

            index++;
        }

        return index >= _segments.Length ? PathCheck.Inside : PathCheck.Outside;
    }

    private static PathCheck Classify(ReadOnlySpan<char> path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' || c == '\\' || char.IsControl(c) || IsLookAlike(c))
            {
                return PathCheck.Ambiguous;
            }
        }

        foreach (var range in path.Split('/'))
        {
            if (path[range] is "..")
            {
                return PathCheck.Traversal;
            }
        }

        return PathCheck.Inside;
    }

    // Characters that some decoder or normaliser (NFKC, "best fit" code pages) may turn into '.', '/' or '\'.
    private static bool IsLookAlike(char c) => c is '\u2024' or '\u2025' or '\uFE52' or '\uFF0E' or '\u3002' or '\uFF61'
        or '\u2215' or '\u2044' or '\uFF0F' or '\u29F8' or '\uFF3C' or '\uFE68' or '\u2216' or '\u0338';
}
