namespace SecureMcp.Policy.Approval;

/// <summary>A call held for operator approval, as the admin API shows it. Arguments appear only as a digest.</summary>
/// <param name="Id">Approval id (<c>apr-…</c>), used to approve or reject.</param>
/// <param name="Principal">Who called.</param>
/// <param name="Target">The tool, prompt or resource.</param>
/// <param name="Server">Its upstream.</param>
/// <param name="ArgumentsDigest">SHA-256 of the arguments.</param>
/// <param name="Reason">The rule that requires approval.</param>
/// <param name="RequestedAt">When the call arrived.</param>
/// <param name="ExpiresAt">When it will be rejected if nobody decides.</param>
internal sealed record PendingApproval(string Id, string Principal, string Target, string? Server, string? ArgumentsDigest, string Reason, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt);
