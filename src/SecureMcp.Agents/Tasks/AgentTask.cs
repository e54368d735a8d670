namespace SecureMcp.Agents.Tasks;

/// <summary>A task: the capabilities it needs, its constraints, its plan of tool calls and the checks its result must pass.</summary>
public sealed record AgentTask
{
    public required string Id { get; init; }

    /// <summary>Capabilities an agent must hold to be given the task.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>Sensitivity level (0 = public); an agent's clearance must cover it.</summary>
    public int Sensitivity { get; init; }

    /// <summary>Time allowed for the whole plan.</summary>
    public double DeadlineSeconds { get; init; } = 30;

    /// <summary>The plan; steps may reference earlier steps' results.</summary>
    public IReadOnlyList<TaskStep> Steps { get; init; } = [];

    /// <summary>Tasks that must succeed before this one starts (ids, or the id of a repeated task template: see <see cref="TaskYamlLoader"/>).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Independent agents that must return the same result (2 = cross-checked by a second agent); 0 lets trust decide.</summary>
    public int CrossCheck { get; init; }

    /// <summary>Reassignments allowed after failed attempts; null uses the scheduler's default.</summary>
    public int? RetryBudget { get; init; }

    /// <summary>Checks the results must pass for the task to count as valid.</summary>
    public IReadOnlyList<TaskCheck> Checks { get; init; } = [];
}
