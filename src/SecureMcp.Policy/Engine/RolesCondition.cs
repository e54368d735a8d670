namespace SecureMcp.Policy.Engine;

/// <summary><c>principal.roles</c>: holds any of (<c>contains</c>, <c>in</c>) or none of (<c>notIn</c>) the named roles.</summary>
internal sealed class RolesCondition(string text, int line, ulong[] mask, bool any) : CompiledCondition(text, line)
{
    /// <summary>The roles named, as a bit mask; used to skip rules quickly.</summary>
    public ulong[] Mask { get; } = mask;

    public bool Any { get; } = any;

    public override ConditionResult Evaluate(ref EvaluationContext context) => Of(context.HasAnyRole(Mask) == Any);
}
