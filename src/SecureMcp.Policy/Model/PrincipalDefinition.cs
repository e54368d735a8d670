namespace SecureMcp.Policy.Model;

/// <summary>What the policy says about one principal: extra roles, attributes (team …) and capabilities.</summary>
/// <param name="Id">The principal id (ordinal).</param>
/// <param name="Roles">Roles assigned by the policy.</param>
/// <param name="Attributes">Attributes such as <c>team</c>; these override the authenticated principal's attributes.</param>
/// <param name="Capabilities">Narrow grants with argument constraints.</param>
/// <param name="Line">The line in the policy file.</param>
internal sealed record PrincipalDefinition(
    string Id,
    IReadOnlyList<string> Roles,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<CapabilityDefinition> Capabilities,
    int Line = 0);
