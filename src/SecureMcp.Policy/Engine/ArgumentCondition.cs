using SecureMcp.Policy.Matching;

namespace SecureMcp.Policy.Engine;

/// <summary>A test on the argument a JSON path names (<c>args.$.path</c>), used by rules and capability constraints.</summary>
internal sealed class ArgumentCondition(string text, int line, JsonPath path, ValueTest test) : CompiledCondition(text, line)
{
    public override bool DependsOnArguments => true;

    public override ConditionResult Evaluate(ref EvaluationContext context)
    {
        if (context.Listing)
        {
            return ConditionResult.Unknown;
        }

        var present = path.TryResolve(context.Arguments, out var value);
        return Of(test.IsMatch(present, value));
    }
}
