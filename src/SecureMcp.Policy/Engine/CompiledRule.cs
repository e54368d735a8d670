using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>An ABAC rule compiled: scope, conditions, and a role mask to skip it quickly for principals it cannot match.</summary>
internal sealed class CompiledRule(PolicyEffect effect, CompiledScope scope, CompiledCondition[] conditions, ulong[]? requiredAnyRole, PolicyElement element)
{
    public PolicyEffect Effect { get; } = effect;

    public CompiledScope Scope { get; } = scope;

    public CompiledCondition[] Conditions { get; } = conditions;

    public PolicyElement Element { get; } = element;

    /// <summary>
    /// True or false when every condition is known; when listing, <see cref="ConditionResult.Unknown"/> if a condition
    /// on arguments could still go either way.
    /// </summary>
    public ConditionResult Evaluate(ref EvaluationContext context)
    {
        if (requiredAnyRole is not null && !context.HasAnyRole(requiredAnyRole))
        {
            return ConditionResult.False;
        }

        var result = ConditionResult.True;
        foreach (var condition in Conditions)
        {
            var r = condition.Evaluate(ref context);
            if (r == ConditionResult.False)
            {
                return ConditionResult.False;
            }

            if (r == ConditionResult.Unknown)
            {
                result = ConditionResult.Unknown;
            }
        }

        return result;
    }
}
