using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Scheduling;

namespace SecureMcp.Allocation.Selection;

/// <summary>One allocation decision with its explanation.</summary>
internal sealed record Decision(DecisionOutcome Outcome, AgentState? Chosen, AllocationExplanation Explanation);
