namespace SecureMcp.Core.Tasks;

/// <summary>One state change of a task, appended to the task log.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="From">Previous state; null when the task was submitted.</param>
/// <param name="To">New state.</param>
/// <param name="AgentId">The agent concerned, if any.</param>
/// <param name="Attempt">Attempt number (1-based) concerned, or 0.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
/// <param name="Detail">Optional structured detail (JSON), for example the allocation explanation.</param>
public sealed record TaskTransition(
    string TaskId,
    TaskState? From,
    TaskState To,
    string? AgentId,
    int Attempt,
    string? Reason,
    DateTimeOffset At,
    string? Detail = null);
