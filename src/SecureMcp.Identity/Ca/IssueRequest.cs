namespace SecureMcp.Identity.Ca;

/// <summary>What to put in a new certificate.</summary>
/// <param name="PrincipalId">The subject's common name and the resulting principal id (letters, digits, <c>._@-</c>).</param>
/// <param name="Profile">Agent, gateway or operator.</param>
/// <param name="Roles">Roles recorded in the principal extension.</param>
/// <param name="Capabilities">Capabilities recorded in the principal extension.</param>
internal sealed record IssueRequest(string PrincipalId, CertificateProfile Profile, IReadOnlyList<string> Roles, IReadOnlyList<string> Capabilities)
{
    /// <summary>Validity; the CA default when null.</summary>
    public TimeSpan? Lifetime { get; init; }

    /// <summary>Extra DNS names (gateway profile adds <c>localhost</c> always).</summary>
    public IReadOnlyList<string> DnsNames { get; init; } = [];

    /// <summary>Extra IP addresses (gateway profile adds 127.0.0.1 always).</summary>
    public IReadOnlyList<System.Net.IPAddress> IpAddresses { get; init; } = [];
}
