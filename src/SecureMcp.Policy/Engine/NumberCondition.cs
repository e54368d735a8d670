namespace SecureMcp.Policy.Engine;

/// <summary><c>principal.trust</c> or <c>tool.risk</c> compared with operands.</summary>
internal sealed class NumberCondition(string text, int line, NumberSource source, NumberTest test) : CompiledCondition(text, line)
{
    public override ConditionResult Evaluate(ref EvaluationContext context) =>
        Of(test.IsMatch(source == NumberSource.Trust ? context.Trust : (int)context.Risk));
}
