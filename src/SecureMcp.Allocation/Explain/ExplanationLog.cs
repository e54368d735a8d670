using System.Collections.Concurrent;

namespace SecureMcp.Allocation.Explain;

/// <summary>Bounded in-memory log of decisions per task; the oldest tasks are forgotten first.</summary>
internal sealed class ExplanationLog(int retainedTasks)
{
    private readonly ConcurrentDictionary<string, List<AllocationExplanation>> _byTask = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Add(AllocationExplanation explanation)
    {
        var list = _byTask.GetOrAdd(explanation.TaskId, id =>
        {
            _order.Enqueue(id);
            return [];
        });
        lock (list)
        {
            list.Add(explanation);
        }

        while (_order.Count > retainedTasks && _order.TryDequeue(out var old))
        {
            _byTask.TryRemove(old, out _);
        }
    }

    public IReadOnlyList<AllocationExplanation> Get(string taskId)
    {
        if (!_byTask.TryGetValue(taskId, out var list))
        {
            return [];
        }

        lock (list)
        {
            return [.. list];
        }
    }
}
