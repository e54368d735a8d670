using System.Collections.Concurrent;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>A task store in memory, for tests, simulations and benchmarks; it keeps records, and transitions only if asked.</summary>
internal sealed class InMemoryTaskStore(bool keepTransitions = true) : ITaskStore
{
    private readonly ConcurrentDictionary<string, TaskRecord> _records = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<TaskTransition>> _transitions = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public ValueTask SaveAsync(TaskTransition transition, TaskRecord record, CancellationToken cancellationToken = default)
    {
        _records[record.Spec.Id] = record;
        Writes++;
        if (keepTransitions)
        {
            var list = _transitions.GetOrAdd(transition.TaskId, static _ => []);
            lock (list)
            {
                list.Add(transition);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<TaskRecord?> GetAsync(string taskId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_records.GetValueOrDefault(taskId));

    public ValueTask<IReadOnlyList<TaskRecord>> LoadUnfinishedAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<TaskRecord>>([.. _records.Values.Where(r => !r.State.IsTerminal())]);

    public ValueTask<IReadOnlyList<TaskTransition>> GetTransitionsAsync(string taskId, CancellationToken cancellationToken = default)
    {
        if (!_transitions.TryGetValue(taskId, out var list))
        {
            return ValueTask.FromResult<IReadOnlyList<TaskTransition>>([]);
        }

        lock (list)
        {
            return ValueTask.FromResult<IReadOnlyList<TaskTransition>>([.. list]);
        }
    }
}
