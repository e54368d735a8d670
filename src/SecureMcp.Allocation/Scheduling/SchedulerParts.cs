using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Faults;
using SecureMcp.Allocation.Redundancy;
using SecureMcp.Allocation.Selection;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>The collaborators of the scheduler core, built once by the facade.</summary>
internal sealed record SchedulerParts(
    AgentRegistry Agents,
    CapabilitySet Capabilities,
    AllocationEngine Engine,
    ExplanationLog Explanations,
    OutcomeRecorder Recorder,
    CredibilityLedger Ledger,
    CircuitBreakerRegistry Breakers,
    Random Random);
