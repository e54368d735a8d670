namespace SecureMcp.Inspection.Policy;

/// <summary>Limits and allow-lists of argument inspection.</summary>
public sealed record ArgumentOptions
{
    /// <summary>Directories absolute path arguments must stay inside; empty = only known-sensitive locations are refused.</summary>
    public IReadOnlyList<string> AllowedRoots { get; init; } = [];

    /// <summary>Largest accepted arguments document (UTF-8 bytes).</summary>
    public int MaxBytes { get; init; } = 256 * 1024;

    /// <summary>Deepest accepted nesting.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Longest accepted single string.</summary>
    public int MaxStringLength { get; init; } = 64 * 1024;

    /// <summary>Most values (object members plus array items) accepted in total.</summary>
    public int MaxNodes { get; init; } = 10_000;

    /// <summary>Resolve host names in URL arguments and refuse those that point at private addresses (DNS rebinding aside).</summary>
    public bool ResolveDns { get; init; } = true;

    /// <summary>How long one DNS resolution may take before the host counts as unresolvable (not as private).</summary>
    public TimeSpan DnsTimeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Host names exempt from the SSRF check (exact, or a suffix starting with a dot).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
}
