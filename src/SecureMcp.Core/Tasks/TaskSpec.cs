namespace SecureMcp.Core.Tasks;

/// <summary>What a task needs: capabilities, clearance, time and fault-tolerance budget.</summary>
public sealed record TaskSpec
{
    /// <summary>Unique task id.</summary>
    public required string Id { get; init; }

    /// <summary>Capabilities an agent must hold, every one of them, to be eligible.</summary>
    public IReadOnlyList<string> RequiredCapabilities { get; init; } = [];

    /// <summary>Sensitivity of the task's data; agents need at least this clearance.</summary>
    public SensitivityLevel Sensitivity { get; init; } = SensitivityLevel.Public;

    /// <summary>Time an agent has for one attempt before it counts as timed out; null uses the scheduler default.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>Absolute deadline; a task still unfinished then is reported failed. Null means none.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Reassignments allowed after failed attempts; null uses the scheduler default.</summary>
    public int? RetryBudget { get; init; }

    /// <summary>Minimum number of agreeing executions (e.g. 2 for "cross-check by a second agent"); 0 lets trust decide.</summary>
    public int RedundancyHint { get; init; }

    /// <summary>Upstream MCP servers the task calls; an open circuit on any of them holds the task back.</summary>
    public IReadOnlyList<string> Upstreams { get; init; } = [];

    /// <summary>Tasks that must succeed before this one is dispatched; if one of them is reported failed, so is this task.</summary>
    /// <remarks>A dependency not yet submitted is waited for, so tasks may be submitted in any order (and recovered in any order after a restart).</remarks>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Opaque payload for the agent runtime (for example the task's YAML or JSON plan).</summary>
    public string? Payload { get; init; }
}
