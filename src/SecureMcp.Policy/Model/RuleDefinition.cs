namespace SecureMcp.Policy.Model;

/// <summary>An attribute-based rule: when every condition holds for a target in scope, the effect applies.</summary>
/// <param name="Id">Unique rule id, named in decisions.</param>
/// <param name="Effect">Allow, deny or require-approval.</param>
/// <param name="Scope">The targets the rule applies to (empty: all).</param>
/// <param name="Conditions">Conditions, all of which must hold (none: always).</param>
/// <param name="Description">Why the rule exists, shown in explanations.</param>
/// <param name="Line">The line in the policy file.</param>
internal sealed record RuleDefinition(
    string Id,
    PolicyEffect Effect,
    TargetScope Scope,
    IReadOnlyList<ConditionDefinition> Conditions,
    string? Description = null,
    int Line = 0);
