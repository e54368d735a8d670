namespace SecureMcp.Policy.Engine;

/// <summary>A principal's capability: a scope and argument constraints, each named in decisions.</summary>
internal sealed class CompiledCapability(CompiledScope scope, CompiledCondition[] constraints, PolicyElement[] constraintElements, PolicyElement element)
{
    public CompiledScope Scope { get; } = scope;

    public PolicyElement Element { get; } = element;

    /// <summary>Null when every constraint holds (or, when listing, may hold); else the first that failed.</summary>
    public PolicyElement? FirstFailure(ref EvaluationContext context)
    {
        for (var i = 0; i < constraints.Length; i++)
        {
            if (constraints[i].Evaluate(ref context) == ConditionResult.False)
            {
                return constraintElements[i];
            }
        }

        return null;
    }
}
