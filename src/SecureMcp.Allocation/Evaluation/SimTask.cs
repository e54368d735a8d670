using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Ground-truth bookkeeping of one simulated task.</summary>
internal sealed class SimTask(bool measured)
{
    public bool Measured { get; } = measured;

    public bool? FirstAttemptSucceeded { get; set; }

    public TaskState State { get; set; } = TaskState.Pending;

    public string? Digest { get; set; }

    public int SucceededTransitions { get; set; }

    public int Executions { get; set; }

    public string? FirstAgent { get; set; }
}
