namespace SecureMcp.Core.Tasks;

/// <summary>Durable task state: every transition is logged and the current record upserted, so a restart loses no task.</summary>
public interface ITaskStore
{
    /// <summary>Appends a transition and stores the task's new record, atomically.</summary>
    ValueTask SaveAsync(TaskTransition transition, TaskRecord record, CancellationToken cancellationToken = default);

    /// <summary>The current record of a task, or null if unknown.</summary>
    ValueTask<TaskRecord?> GetAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Every task not yet <see cref="TaskState.Succeeded"/> or <see cref="TaskState.ReportedFailed"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<TaskRecord>> LoadUnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>The transitions of a task, oldest first.</summary>
    ValueTask<IReadOnlyList<TaskTransition>> GetTransitionsAsync(string taskId, CancellationToken cancellationToken = default);
}
