namespace SecureMcp.Core.Audit;

/// <summary>The result of checking the audit chain.</summary>
/// <param name="IsIntact">True if every record links to the one before and matches its hash.</param>
/// <param name="RecordsChecked">Records that verified before the first break (or all of them).</param>
/// <param name="FirstBrokenSequence">The sequence number of the first broken record, if any.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record AuditVerification(bool IsIntact, long RecordsChecked, long? FirstBrokenSequence, string? Problem)
{
    public static AuditVerification Intact(long count) => new(true, count, null, null);

    public static AuditVerification Broken(long count, long sequence, string problem) => new(false, count, sequence, problem);
}
