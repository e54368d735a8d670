namespace SecureMcp.Allocation.Model;

/// <summary>The outcome of reporting a result, with any attempts the scheduler started as a consequence.</summary>
/// <param name="Disposition">What happened to the reported result.</param>
/// <param name="NewAssignments">Attempts started now (reassignment, verifying replica, queued tasks given freed capacity).</param>
/// <param name="Reason">Why, in words.</param>
public sealed record CompletionReport(CompletionDisposition Disposition, IReadOnlyList<Assignment> NewAssignments, string? Reason);
