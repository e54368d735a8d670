using SecureMcp.Allocation.Redundancy;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>The scheduler's mutable state of one task. At most one attempt is in flight; replicas run one after another.</summary>
internal sealed class TaskEntry(TaskSpec spec, int[] capabilityIds, ulong[] capabilityBits, int retryBudget, TimeSpan attemptTimeout)
{
    public TaskSpec Spec { get; } = spec;

    public string Id => Spec.Id;

    public int[] CapabilityIds { get; } = capabilityIds;

    public ulong[] CapabilityBits { get; } = capabilityBits;

    public int RetryBudget { get; } = retryBudget;

    public TimeSpan AttemptTimeout { get; } = attemptTimeout;

    public TaskState State { get; set; } = TaskState.Pending;

    public int Attempts { get; set; }

    public int Failures { get; set; }

    public string? Reason { get; set; }

    public string? ResultDigest { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ActiveAttempt? Active { get; set; }

    /// <summary>Agents that executed or failed this task; a reassignment or replica goes elsewhere.</summary>
    public HashSet<string> Tried { get; } = new(StringComparer.Ordinal);

    public List<ReplicaResult> Results { get; } = [];

    public bool SpotCheckDrawn { get; set; }

    public string? LastQueuedReason { get; set; }

    public LinkedListNode<TaskEntry>? PendingNode { get; set; }

    /// <summary>Dependencies that have not succeeded yet; the task is not dispatched while any remain.</summary>
    public HashSet<string> Unmet { get; } = new(StringComparer.Ordinal);

    public int NextReplica => Results.Count;

    public TaskRecord ToRecord() => new(
        Spec, State, Active is { } a ? [a.Agent.Id] : [], Attempts, Failures, Reason, ResultDigest, UpdatedAt);
}
