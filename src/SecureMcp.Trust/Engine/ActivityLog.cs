namespace SecureMcp.Trust.Engine;

/// <summary>The distinct activity time buckets of one identity (bounded), for lockstep detection.</summary>
internal sealed class ActivityLog(int capacity)
{
    private readonly Queue<long> _order = new();
    private readonly HashSet<long> _buckets = [];

    public void Add(long bucket)
    {
        lock (_buckets)
        {
            if (!_buckets.Add(bucket))
            {
                return;
            }

            _order.Enqueue(bucket);
            if (_order.Count > capacity)
            {
                _buckets.Remove(_order.Dequeue());
            }
        }
    }

    public IReadOnlyCollection<long> Snapshot()
    {
        lock (_buckets)
        {
            return [.. _buckets];
        }
    }
}
