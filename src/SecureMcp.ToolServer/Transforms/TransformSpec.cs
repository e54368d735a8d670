namespace SecureMcp.ToolServer.Transforms;

/// <summary>The transformer's steps, applied in this order: join, filter, compute, rename, select, sort, limit.</summary>
internal sealed record TransformSpec
{
    public JoinSpec? Join { get; init; }

    public IReadOnlyList<FilterCondition> Filters { get; init; } = [];

    public IReadOnlyList<ComputeSpec> Computes { get; init; } = [];

    public IReadOnlyDictionary<string, string> Rename { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Select { get; init; } = [];

    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    public int? Limit { get; init; }
}
