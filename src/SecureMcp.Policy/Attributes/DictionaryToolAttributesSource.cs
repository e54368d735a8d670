using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Attributes;

/// <summary>A fixed table of tools, prompts and resources; used by <c>policy explain</c>, tests and benchmarks.</summary>
internal sealed class DictionaryToolAttributesSource : IToolAttributesSource
{
    private readonly Dictionary<string, ToolAttributes>[] _byKind =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    public DictionaryToolAttributesSource Add(TargetKind kind, string name, ToolAttributes attributes)
    {
        _byKind[(int)kind][name] = attributes;
        return this;
    }

    public ToolAttributes? Describe(TargetKind kind, string name) =>
        _byKind[(int)kind].TryGetValue(name, out var attributes) ? attributes : null;
}
