using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Redundancy;
using SecureMcp.Allocation.Scheduling;

namespace SecureMcp.Allocation.Selection;

/// <summary>Capability matching and security constraints: the first rule an agent fails, or null if eligible.</summary>
internal sealed class EligibilityFilter(IAgentStatusSource? status, CredibilityLedger ledger, double statusCacheSeconds)
{
    private readonly long _statusTtl = Math.Max(1, TimeSpan.FromSeconds(statusCacheSeconds).Ticks);

    /// <remarks>Capabilities are checked first, so agents outside the capability index are exactly the MissingCapability ones.</remarks>
    public ExclusionReason? Check(AgentState agent, TaskEntry task, long nowTicks)
    {
        if (!CapabilitySet.ContainsAll(agent.CapabilityBits, task.CapabilityBits))
        {
            return ExclusionReason.MissingCapability;
        }

        if (agent.Departed)
        {
            return ExclusionReason.Departed;
        }

        if (agent.Descriptor.Clearance < task.Spec.Sensitivity)
        {
            return ExclusionReason.InsufficientClearance;
        }

        var current = CurrentStatus(agent, nowTicks);
        if (current.Quarantined)
        {
            return ExclusionReason.Quarantined;
        }

        if (current.SybilSuspected)
        {
            return ExclusionReason.SybilSuspected;
        }

        if (ledger.AnyCaught && ledger.IsCaught(agent.Id))
        {
            return ExclusionReason.CaughtSabotaging;
        }

        if (task.Tried.Count > 0 && task.Tried.Contains(agent.Id))
        {
            return ExclusionReason.AlreadyTried;
        }

        if (agent.Breaker.IsBlocked(nowTicks))
        {
            return ExclusionReason.CircuitOpen;
        }

        return agent.InFlight >= agent.Capacity ? ExclusionReason.AtCapacity : null;
    }

    public static bool IsTransient(ExclusionReason reason) => reason is ExclusionReason.CircuitOpen or ExclusionReason.AtCapacity;

    public string? Detail(AgentState agent, ExclusionReason reason, TaskEntry task) => reason switch
    {
        ExclusionReason.InsufficientClearance => $"clearance {agent.Descriptor.Clearance} < sensitivity {task.Spec.Sensitivity}",
        ExclusionReason.Quarantined or ExclusionReason.SybilSuspected => agent.Status.Reason,
        ExclusionReason.CircuitOpen => $"circuit open until {agent.Breaker.OpenUntil:O}",
        ExclusionReason.AtCapacity => $"{agent.InFlight}/{agent.Capacity} in flight",
        ExclusionReason.CaughtSabotaging => "a verified replica disagreed with its result",
        _ => null,
    };

    private AgentStatus CurrentStatus(AgentState agent, long nowTicks)
    {
        if (status is null)
        {
            return AgentStatus.Healthy;
        }

        if (agent.StatusExpiresTicks <= nowTicks)
        {
            agent.Status = status.GetStatus(agent.Id);
            agent.StatusExpiresTicks = nowTicks + _statusTtl;
        }

        return agent.Status;
    }
}
