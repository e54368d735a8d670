namespace SecureMcp.Policy.Approval;

/// <summary>How a held call ended.</summary>
/// <param name="Status">Approved, rejected, timed out or cancelled.</param>
/// <param name="DecidedBy">The operator, or <c>timeout</c>.</param>
/// <param name="Note">The operator's note or reason, if any.</param>
internal sealed record ApprovalOutcome(ApprovalStatus Status, string DecidedBy, string? Note);
