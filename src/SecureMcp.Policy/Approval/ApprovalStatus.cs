namespace SecureMcp.Policy.Approval;

/// <summary>Where a held call stands.</summary>
internal enum ApprovalStatus
{
    Pending,
    Approved,
    Rejected,
    TimedOut,
    Cancelled,
}
