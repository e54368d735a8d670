namespace SecureMcp.Allocation.Explain;

/// <summary>Why an agent was not eligible for a task.</summary>
public enum ExclusionReason
{
    /// <summary>The agent left or was declared lost.</summary>
    Departed,

    /// <summary>The agent lacks a required capability.</summary>
    MissingCapability,

    /// <summary>The agent's clearance is below the task's sensitivity.</summary>
    InsufficientClearance,

    /// <summary>The agent is quarantined.</summary>
    Quarantined,

    /// <summary>The trust engine suspects a sybil identity.</summary>
    SybilSuspected,

    /// <summary>The agent was caught returning a wrong result by verification (blacklisted).</summary>
    CaughtSabotaging,

    /// <summary>The agent already tried this task (or runs a replica of it).</summary>
    AlreadyTried,

    /// <summary>The agent's circuit breaker is open (transient).</summary>
    CircuitOpen,

    /// <summary>The agent runs as many tasks as its concurrency cap allows (transient).</summary>
    AtCapacity,
}
