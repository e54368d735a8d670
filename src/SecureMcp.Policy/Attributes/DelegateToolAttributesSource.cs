using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Attributes;

/// <summary>An <see cref="IToolAttributesSource"/> over a function, for composition roots and tests.</summary>
internal sealed class DelegateToolAttributesSource(Func<TargetKind, string, ToolAttributes?> describe) : IToolAttributesSource
{
    public ToolAttributes? Describe(TargetKind kind, string name) => describe(kind, name);
}
