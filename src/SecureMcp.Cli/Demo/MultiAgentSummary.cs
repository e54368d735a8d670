using SecureMcp.Agents.Coordination;

namespace SecureMcp.Cli.Demo;

/// <summary>What the multi-agent part of the demo produced.</summary>
internal sealed record MultiAgentSummary(IReadOnlyList<TaskRunReport> Tasks, IReadOnlyDictionary<string, (double Trust, long Assigned)> Agents);
