using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Allocation.Selection;

/// <summary>Reads trust, predicted success and observation counts from the trust engine, cached per agent and capability.</summary>
/// <remarks>
/// The cache entry of an agent is dropped whenever the scheduler records an outcome for it, and otherwise expires after
/// <c>selection.score_cache_seconds</c>, so outcomes the gateway records directly are picked up too.
/// </remarks>
internal sealed class TrustLookup(TrustEngine engine, CapabilitySet capabilities, SelectionOptions options)
{
    private readonly long _ttlTicks = Math.Max(1, TimeSpan.FromSeconds(options.ScoreCacheSeconds).Ticks);

    /// <summary>
    /// Weakest-capability trust and predicted success for the task's capabilities, and the agent's outcomes over all its
    /// capabilities (newcomer status is per agent: a known agent trying a new capability is not a new identity).
    /// </summary>
    public (double Trust, double Predicted, long Observations) Get(AgentState agent, int[] taskCapabilities, long nowTicks)
    {
        agent.EnsureCapacity(capabilities.Count);
        if (!agent.ScoresLoaded)
        {
            // First look at this agent: load every capability once, so its outcome count is complete.
            foreach (var c in agent.CapabilityIds)
            {
                Refresh(agent, c, nowTicks);
            }

            agent.ScoresLoaded = true;
        }

        double trust = 1, predicted = 1;
        foreach (var c in taskCapabilities)
        {
            Refresh(agent, c, nowTicks);
            trust = Math.Min(trust, agent.Trust[c]);
            predicted = Math.Min(predicted, agent.Predicted[c]);
        }

        // Counts of the agent's other capabilities may be a little stale; they only ever grow, so newcomer status is safe.
        long observations = 0;
        foreach (var c in agent.CapabilityIds)
        {
            observations += agent.Observations[c];
        }

        return (trust, predicted, observations);
    }

    private void Refresh(AgentState agent, int c, long nowTicks)
    {
        if (agent.ScoreExpiresTicks[c] > nowTicks)
        {
            return;
        }

        var capability = capabilities.Name(c);
        var score = engine.GetScore(agent.Id, capability);
        agent.Trust[c] = score.Combined;
        agent.Observations[c] = score.Observations;
        agent.Predicted[c] = engine.PredictSuccess(agent.Id, capability);
        agent.ScoreExpiresTicks[c] = nowTicks + _ttlTicks;
    }
}
