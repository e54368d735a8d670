using SecureMcp.Agents.Coordination;
using SecureMcp.Core.Audit;

namespace SecureMcp.Cli.Demo;

/// <summary>What the multi-agent part of the demo produced.</summary>
/// <param name="Tasks">Each task's final report.</param>
/// <param name="Agents">Each agent's trust at the end and the attempts it was given.</param>
/// <param name="AllocationAudit">The check of the coordinator's own audit chain (allocation decisions and task transitions).</param>
internal sealed record MultiAgentSummary(IReadOnlyList<TaskRunReport> Tasks, IReadOnlyDictionary<string, (double Trust, long Assigned)> Agents, AuditVerification AllocationAudit);
