namespace SecureMcp.Policy.Model;

/// <summary>Which tools, prompts, resources and servers a role, capability or rule covers (glob patterns, ordinal).</summary>
/// <remarks>An empty scope (every list empty) covers every target.</remarks>
internal sealed record TargetScope
{
    public static readonly TargetScope Everything = new();

    public IReadOnlyList<string> Tools { get; init; } = [];

    public IReadOnlyList<string> Prompts { get; init; } = [];

    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>Servers (upstream names) whose every tool, prompt and resource is covered.</summary>
    public IReadOnlyList<string> Servers { get; init; } = [];

    public bool IsEmpty => Tools.Count == 0 && Prompts.Count == 0 && Resources.Count == 0 && Servers.Count == 0;
}
