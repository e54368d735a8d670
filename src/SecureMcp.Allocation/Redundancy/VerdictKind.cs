namespace SecureMcp.Allocation.Redundancy;

/// <summary>What to do with a task's results so far.</summary>
internal enum VerdictKind
{
    Accept,
    NeedReplica,
    Unverifiable,
}
