namespace SecureMcp.ToolServer.Sandbox;

/// <summary>
/// Turns a client-given relative path into a real path inside the sandbox root, or refuses it.
/// </summary>
/// <remarks>
/// Refused: absolute and drive-rooted paths, <c>~</c>, <c>.</c> and <c>..</c> segments, backslashes,
/// percent-encoded forms, control characters. Every existing component is checked for links, and a link
/// whose final target lies outside the real root is refused, so a symlink cannot smuggle a path out.
/// A link swapped in between this check and the file operation is not covered (no openat here).
/// </remarks>
internal sealed class SandboxPathResolver
{
    private const int MaxLinkDepth = 40;

    public SandboxPathResolver(string root)
    {
        var full = Path.GetFullPath(root);
        Directory.CreateDirectory(full);
        RealRoot = Path.TrimEndingDirectorySeparator(RealPath(full, 0));
    }

    /// <summary>The sandbox root with any link at the root itself resolved.</summary>
    public string RealRoot { get; }

    /// <summary>Resolves <paramref name="relative"/>; empty or "." means the root itself.</summary>
    public string Resolve(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        CheckSyntax(relative);
        var real = RealPath(Path.Combine(RealRoot, relative), 0);
        if (!IsInside(real))
        {
            throw new SandboxViolationException($"Path '{relative}' resolves outside the sandbox (through a link).");
        }

        return real;
    }

    public string ToRelative(string fullPath) => Path.GetRelativePath(RealRoot, fullPath).Replace('\\', '/');

    public bool IsInside(string fullPath) =>
        fullPath == RealRoot || fullPath.StartsWith(RealRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void CheckSyntax(string relative)
    {
        if (relative.Length > 1024)
        {
            throw new SandboxViolationException("Path is longer than 1024 characters.");
        }

        if (relative.Contains('%', StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal))
        {
            throw new SandboxViolationException($"Path '{relative}' uses an encoded or escaped form, which the sandbox refuses.");
        }

        if (relative.Any(char.IsControl) || relative.Contains(':', StringComparison.Ordinal))
        {
            throw new SandboxViolationException($"Path '{relative}' contains a control character or ':'.");
        }

        if (relative.StartsWith('/') || relative.StartsWith('~') || Path.IsPathRooted(relative))
        {
            throw new SandboxViolationException($"Path '{relative}' is absolute; give a path relative to the sandbox.");
        }

        if (relative.Split('/').Any(s => s is "." or ".." || s.Trim().Length != s.Length || s.EndsWith('.')) && relative != ".")
        {
            throw new SandboxViolationException($"Path '{relative}' has a '.', '..' or padded segment.");
        }
    }

    /// <summary>
    /// Resolves every link along <paramref name="path"/> as the kernel would, handling <c>..</c> only after
    /// the part before it is real, so a link followed by <c>..</c> cannot fool a textual normalisation.
    /// </summary>
    private static string RealPath(string path, int depth)
    {
        if (depth > MaxLinkDepth)
        {
            throw new SandboxViolationException("Too many levels of links.");
        }

        var current = Path.GetPathRoot(path) ?? throw new SandboxViolationException("Path is not rooted.");
        var separators = new[] { '/', Path.DirectorySeparatorChar };
        foreach (var part in path[current.Length..].Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            current = target is null ? next : RealPath(Path.Combine(current, target), depth + 1);
        }

        return current;
    }
}
