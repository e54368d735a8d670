namespace SecureMcp.Policy.Engine;

/// <summary><c>tool.annotations.readOnly</c> (and destructive, idempotent, openWorld) equals true or false.</summary>
internal sealed class AnnotationCondition(string text, int line, AnnotationKind annotation, bool expected) : CompiledCondition(text, line)
{
    public override ConditionResult Evaluate(ref EvaluationContext context)
    {
        var a = context.Attributes;
        var value = annotation switch
        {
            AnnotationKind.ReadOnly => a.ReadOnly,
            AnnotationKind.Destructive => a.Destructive,
            AnnotationKind.Idempotent => a.Idempotent,
            _ => a.OpenWorld,
        };
        return Of(value == expected);
    }
}
