using SecureMcp.Allocation.Faults;
using SecureMcp.Allocation.Model;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>The scheduler's mutable view of one agent: load, cached scores and status, breaker.</summary>
internal sealed class AgentState(AgentDescriptor descriptor, int[] capabilityIds, int capacity, BreakerHandle breaker)
{
    public AgentDescriptor Descriptor { get; private set; } = descriptor;

    public string Id => Descriptor.Id;

    public int[] CapabilityIds { get; private set; } = capabilityIds;

    public ulong[] CapabilityBits { get; private set; } = Selection.CapabilitySet.ToBits(capabilityIds);

    public int Capacity { get; private set; } = capacity;

    public BreakerHandle Breaker { get; } = breaker;

    public int InFlight { get; set; }

    public bool Departed { get; set; }

    public long Assigned { get; set; }

    public AgentStatus Status { get; set; }

    public long StatusExpiresTicks { get; set; }

    public bool ScoresLoaded { get; set; }

    public double LoadRatio => (double)InFlight / Capacity;

    // Score cache per interned capability: trust, predicted success, observations and expiry (ticks).
    public double[] Trust { get; private set; } = [];

    public double[] Predicted { get; private set; } = [];

    public long[] Observations { get; private set; } = [];

    public long[] ScoreExpiresTicks { get; private set; } = [];

    public void EnsureCapacity(int capabilities)
    {
        if (ScoreExpiresTicks.Length >= capabilities)
        {
            return;
        }

        var size = Math.Max(capabilities, ScoreExpiresTicks.Length * 2);
        Trust = Grow(Trust, size);
        Predicted = Grow(Predicted, size);
        Observations = Grow(Observations, size);
        ScoreExpiresTicks = Grow(ScoreExpiresTicks, size);
    }

    public void InvalidateScores() => Array.Clear(ScoreExpiresTicks);

    /// <summary>A reconnect: new capabilities, clearance and cap; load, breaker and in-flight attempts are kept.</summary>
    public void Update(AgentDescriptor descriptor, int[] capabilityIds, int capacity)
    {
        Descriptor = descriptor;
        CapabilityIds = capabilityIds;
        CapabilityBits = Selection.CapabilitySet.ToBits(capabilityIds);
        Capacity = capacity;
        Departed = false;
        StatusExpiresTicks = 0;
        ScoresLoaded = false;
        InvalidateScores();
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        var grown = new T[size];
        Array.Copy(array, grown, array.Length);
        return grown;
    }
}
