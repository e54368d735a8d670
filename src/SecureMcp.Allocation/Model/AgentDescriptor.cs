using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Model;

/// <summary>An agent as the scheduler sees it: identity, capabilities, clearance and concurrency cap.</summary>
public sealed record AgentDescriptor
{
    /// <summary>The agent's identity (the trust engine's subject).</summary>
    public required string Id { get; init; }

    /// <summary>Capabilities the agent holds (tool names or task types).</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>Highest sensitivity the agent is cleared for.</summary>
    public SensitivityLevel Clearance { get; init; } = SensitivityLevel.Public;

    /// <summary>Tasks the agent may run at once; 0 uses the scheduler default.</summary>
    public int MaxConcurrency { get; init; }
}
