using SecureMcp.Core.Trust;

namespace SecureMcp.Trust.Engine;

/// <summary>The most recent score-history points of one (subject, capability), oldest overwritten first.</summary>
internal sealed class HistoryBuffer(int capacity)
{
    private readonly TrustHistoryPoint[] _points = new TrustHistoryPoint[capacity];
    private int _next;
    private int _count;

    public void Add(TrustHistoryPoint point)
    {
        lock (_points)
        {
            _points[_next] = point;
            _next = (_next + 1) % _points.Length;
            _count = Math.Min(_count + 1, _points.Length);
        }
    }

    public IReadOnlyList<TrustHistoryPoint> Snapshot()
    {
        lock (_points)
        {
            var result = new TrustHistoryPoint[_count];
            var start = (_next - _count + _points.Length) % _points.Length;
            for (var i = 0; i < _count; i++)
            {
                result[i] = _points[(start + i) % _points.Length];
            }

            return result;
        }
    }
}
