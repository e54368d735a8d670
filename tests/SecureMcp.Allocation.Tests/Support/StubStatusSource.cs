using SecureMcp.Allocation.Model;

namespace SecureMcp.Allocation.Tests.Support;

internal sealed class StubStatusSource : IAgentStatusSource
{
    public Dictionary<string, AgentStatus> Statuses { get; } = [];

    public AgentStatus GetStatus(string agentId) => Statuses.GetValueOrDefault(agentId);
}
