namespace SecureMcp.Policy.Engine;

/// <summary>
/// The index of one target (tool, prompt or resource on a server): which roles grant it, and which rules apply,
/// split by effect. Built once per target and policy version, so a decision never scans roles or unrelated rules.
/// </summary>
internal sealed class TargetEntry(string server, ulong[] grant, ulong[] grantIfReadOnly, CompiledRule[] deny, CompiledRule[] approval, CompiledRule[] allow)
{
    public string Server { get; } = server;

    /// <summary>Roles that grant the target whatever its annotations.</summary>
    public ulong[] Grant { get; } = grant;

    /// <summary>Roles (read-only roles) that grant the target only when it is annotated read-only.</summary>
    public ulong[] GrantIfReadOnly { get; } = grantIfReadOnly;

    public CompiledRule[] Deny { get; } = deny;

    public CompiledRule[] Approval { get; } = approval;

    public CompiledRule[] Allow { get; } = allow;
}
