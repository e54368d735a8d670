namespace SecureMcp.Policy.Engine;

/// <summary>A test on a text attribute: principal id, scheme or attribute (team …), target name, server.</summary>
internal sealed class StringCondition(string text, int line, StringSource source, string? key, TextTest test) : CompiledCondition(text, line)
{
    public override ConditionResult Evaluate(ref EvaluationContext context)
    {
        var value = source switch
        {
            StringSource.PrincipalId => context.Principal.Id,
            StringSource.PrincipalScheme => context.Principal.Scheme,
            StringSource.PrincipalAttribute => context.PrincipalAttribute(key!),
            StringSource.TargetName => context.Name,
            _ => context.Attributes.Server,
        };
        return Of(test.IsMatch(value));
    }
}
