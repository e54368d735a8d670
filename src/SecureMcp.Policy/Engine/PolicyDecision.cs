using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>The outcome of one evaluation, naming the elements that produced it. A value type: deciding does not allocate.</summary>
/// <param name="Effect">Allow, deny or require-approval.</param>
/// <param name="Grant">The role, capability or allow rule that granted the target, if any.</param>
/// <param name="Cause">The deny rule, failed constraint, approval rule or default deny that decided, if not a plain grant.</param>
internal readonly record struct PolicyDecision(PolicyEffect Effect, PolicyElement? Grant, PolicyElement? Cause)
{
    /// <summary>One sentence naming the rule(s); precomputed text, no allocation for allow and deny.</summary>
    public string Reason => Effect switch
    {
        PolicyEffect.Allow => Grant!.AllowReason,
        PolicyEffect.Deny => (Cause ?? PolicyElement.DefaultDeny).DenyReason,
        _ => Cause!.ApprovalReason + " (granted by " + Grant!.Description + ")",
    };

    /// <summary>The elements behind the decision, most decisive first.</summary>
    public IReadOnlyList<PolicyElement> Elements => (Cause, Grant) switch
    {
        ({ } c, { } g) => [c, g],
        ({ } c, null) => [c],
        (null, { } g) => [g],
        _ => [PolicyElement.DefaultDeny],
    };
}
