using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>A decision with a human-readable account of every role, capability and rule that bore on it.</summary>
/// <param name="Decision">The decision, exactly as the gateway would take it.</param>
/// <param name="Text">Several lines: the decision, the facts used, and each element that matched or failed.</param>
internal sealed record PolicyExplanation(PolicyDecision Decision, string Text)
{
    public PolicyEffect Effect => Decision.Effect;
}
