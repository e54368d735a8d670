using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Faults;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Selection;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>Registered agents, in registration order (the order the eligibility scan walks).</summary>
internal sealed class AgentRegistry(CapabilitySet capabilities, CircuitBreakerRegistry breakers, BalancingOptions balancing)
{
    private readonly Dictionary<string, AgentState> _byId = new(StringComparer.Ordinal);
    private readonly List<AgentState> _all = [];
    private readonly List<List<AgentState>> _byCapability = [];

    public List<AgentState> All => _all;

    /// <summary>The agents to scan for a task: those holding its rarest capability (all agents when it needs none).</summary>
    public List<AgentState> Holding(int[] required, bool any)
    {
        if (!any || required.Length == 0)
        {
            return _all;
        }

        List<AgentState>? smallest = null;
        foreach (var c in required)
        {
            var list = c < _byCapability.Count ? _byCapability[c] : [];
            if (smallest is null || list.Count < smallest.Count)
            {
                smallest = list;
            }
        }

        return smallest!;
    }

    public AgentState Register(AgentDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptor.Id);
        var ids = capabilities.InternAll(descriptor.Capabilities);
        var capacity = descriptor.MaxConcurrency > 0 ? descriptor.MaxConcurrency : balancing.DefaultConcurrency;
        if (_byId.TryGetValue(descriptor.Id, out var existing))
        {
            // Re-registration (reconnect): the same state object, so in-flight attempts still release their load on it.
            foreach (var c in existing.CapabilityIds)
            {
                _byCapability[c].Remove(existing);
            }

            existing.Update(descriptor, ids, capacity);
            Index(existing);
            return existing;
        }

        var state = new AgentState(descriptor, ids, capacity, breakers.Get("agent:" + descriptor.Id));
        _byId[descriptor.Id] = state;
        _all.Add(state);
        Index(state);
        return state;
    }

    private void Index(AgentState state)
    {
        foreach (var c in state.CapabilityIds)
        {
            while (_byCapability.Count <= c)
            {
                _byCapability.Add([]);
            }

            _byCapability[c].Add(state);
        }
    }

    public AgentState? Find(string id) => _byId.GetValueOrDefault(id);
}
