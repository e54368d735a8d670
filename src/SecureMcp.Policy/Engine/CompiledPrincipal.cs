namespace SecureMcp.Policy.Engine;

/// <summary>What the policy says about one principal, compiled: a role mask, attributes and capabilities.</summary>
internal sealed class CompiledPrincipal(string id, ulong[] roleMask, IReadOnlyDictionary<string, string> attributes, CompiledCapability[] capabilities)
{
    public string Id { get; } = id;

    public ulong[] RoleMask { get; } = roleMask;

    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;

    public CompiledCapability[] Capabilities { get; } = capabilities;
}
