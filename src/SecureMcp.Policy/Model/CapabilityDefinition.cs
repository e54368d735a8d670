namespace SecureMcp.Policy.Model;

/// <summary>A grant held by one principal, narrower than a role: named tools, with constraints on the arguments.</summary>
/// <remarks>
/// For the targets a capability names, the capability replaces the principal's role grants: the call is granted
/// only if every constraint of at least one matching capability holds.
/// </remarks>
/// <param name="Id">Identifier used in decisions (<c>agent-7/capabilities[0]</c> unless given).</param>
/// <param name="Scope">The targets it covers.</param>
/// <param name="Constraints">Argument constraints (attributes <c>args.&lt;json path&gt;</c>), all of which must hold.</param>
/// <param name="Line">The line in the policy file.</param>
internal sealed record CapabilityDefinition(string Id, TargetScope Scope, IReadOnlyList<ConditionDefinition> Constraints, int Line = 0);
