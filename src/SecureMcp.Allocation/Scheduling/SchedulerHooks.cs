using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>Callbacks for audit and for the agent runtime; each is invoked under the scheduler's gate, so keep them quick.</summary>
public sealed record SchedulerHooks
{
    /// <summary>Every allocation decision, with its explanation (for the audit log).</summary>
    public Action<AllocationExplanation>? OnDecision { get; init; }

    /// <summary>Every task state transition (already persisted when the calling method returns).</summary>
    public Action<TaskTransition>? OnTransition { get; init; }

    /// <summary>Every attempt handed to an agent.</summary>
    public Action<Assignment>? OnAssignment { get; init; }
}
