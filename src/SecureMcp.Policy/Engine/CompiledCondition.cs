namespace SecureMcp.Policy.Engine;

/// <summary>A condition compiled for fast evaluation.</summary>
internal abstract class CompiledCondition(string text, int line)
{
    /// <summary>The condition as written, for explanations (<c>tool.risk gte critical</c>).</summary>
    public string Text { get; } = text;

    public int Line { get; } = line;

    /// <summary>True for conditions on argument values, which are unknown while listing.</summary>
    public virtual bool DependsOnArguments => false;

    public abstract ConditionResult Evaluate(ref EvaluationContext context);

    protected static ConditionResult Of(bool value) => value ? ConditionResult.True : ConditionResult.False;
}
