namespace SecureMcp.Core.Tasks;

/// <summary>The lifecycle state of a task.</summary>
/// <remarks>
/// Pending → Assigned → Running → Succeeded. A failed attempt moves the task to <see cref="Failed"/>, from where it is
/// reassigned (back to Assigned or Pending) while its retry budget lasts, or ends in <see cref="ReportedFailed"/>.
/// </remarks>
public enum TaskState
{
    /// <summary>Waiting for an eligible agent with free capacity.</summary>
    Pending = 0,

    /// <summary>Given to an agent that has not yet started it.</summary>
    Assigned = 1,

    /// <summary>The agent reported that it started.</summary>
    Running = 2,

    /// <summary>Terminal: a result was accepted.</summary>
    Succeeded = 3,

    /// <summary>The last attempt failed; the task is about to be reassigned.</summary>
    Failed = 4,

    /// <summary>Terminal: no eligible agent, retry budget spent, or deadline passed; the reason says which.</summary>
    ReportedFailed = 5,
}
