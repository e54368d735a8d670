namespace SecureMcp.Inspection.Pinning;

/// <summary>How tool pinning treats new and changed tools.</summary>
public sealed record PinningOptions
{
    /// <summary>Pin a tool automatically the first time it is seen (trust on first use). Off: new tools wait for approval.</summary>
    public bool TrustOnFirstUse { get; init; } = true;

    /// <summary>Block calls to tools whose definition changed after approval (rug pull).</summary>
    public bool BlockChanged { get; init; } = true;

    /// <summary>Block calls to tools that are pending approval.</summary>
    public bool BlockPending { get; init; } = true;

    /// <summary>How long a pin read from the store is trusted before it is read again (approvals made by another process show up within it).</summary>
    public TimeSpan CacheTtl { get; init; } = TimeSpan.FromSeconds(5);
}
