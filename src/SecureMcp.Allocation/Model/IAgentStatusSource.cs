namespace SecureMcp.Allocation.Model;

/// <summary>Tells the scheduler whether an agent is quarantined or sybil-suspected; statuses are cached briefly.</summary>
public interface IAgentStatusSource
{
    /// <summary>The current status of an agent.</summary>
    AgentStatus GetStatus(string agentId);
}
