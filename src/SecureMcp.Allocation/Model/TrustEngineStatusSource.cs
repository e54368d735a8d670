using System.Collections.Concurrent;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Allocation.Model;

/// <summary>The default status source: an operator quarantine list plus the trust engine's latest sybil suspicions.</summary>
public sealed class TrustEngineStatusSource(TrustEngine engine) : IAgentStatusSource
{
    private readonly ConcurrentDictionary<string, string> _quarantined = new(StringComparer.Ordinal);

    /// <summary>Quarantines an agent (it gets no further work) with a reason.</summary>
    public void Quarantine(string agentId, string reason) => _quarantined[agentId] = reason;

    /// <summary>Lifts a quarantine.</summary>
    public void Release(string agentId) => _quarantined.TryRemove(agentId, out _);

    /// <inheritdoc />
    public AgentStatus GetStatus(string agentId)
    {
        if (_quarantined.TryGetValue(agentId, out var reason))
        {
            return new AgentStatus(true, false, reason);
        }

        var suspicion = engine.LastGlobalTrust?.Suspicions.FirstOrDefault(s => s.Identity == agentId);
        return suspicion is null
            ? AgentStatus.Healthy
            : new AgentStatus(false, true, $"sybil suspicion {suspicion.Score:0.00}: {string.Join(", ", suspicion.Reasons)}");
    }
}
