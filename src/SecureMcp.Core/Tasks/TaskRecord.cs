namespace SecureMcp.Core.Tasks;

/// <summary>The persisted current state of one task.</summary>
/// <param name="Spec">The task.</param>
/// <param name="State">Its state.</param>
/// <param name="AgentIds">Agents currently holding an attempt (several while redundant replicas run).</param>
/// <param name="Attempts">Attempts started so far, replicas included.</param>
/// <param name="Failures">Failed attempts so far (counted against the retry budget).</param>
/// <param name="Reason">Why the task is in this state (failure reason, report reason).</param>
/// <param name="ResultDigest">Digest of the accepted result, once succeeded.</param>
/// <param name="UpdatedAt">When the state last changed.</param>
public sealed record TaskRecord(
    TaskSpec Spec,
    TaskState State,
    IReadOnlyList<string> AgentIds,
    int Attempts,
    int Failures,
    string? Reason,
    string? ResultDigest,
    DateTimeOffset UpdatedAt);
