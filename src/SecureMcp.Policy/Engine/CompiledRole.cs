namespace SecureMcp.Policy.Engine;

/// <summary>A role with its grants compiled.</summary>
internal sealed class CompiledRole(int index, string name, CompiledScope scope, bool readOnly, PolicyElement element)
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public CompiledScope Scope { get; } = scope;

    public bool ReadOnly { get; } = readOnly;

    public PolicyElement Element { get; } = element;
}
