namespace SecureMcp.Allocation.Evaluation;

/// <summary>Virtual time for simulations: it moves only when the simulation advances it.</summary>
internal sealed class SimClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void AdvanceTo(DateTimeOffset when)
    {
        if (when > _now)
        {
            _now = when;
        }
    }
}
