namespace SecureMcp.Core.Pipeline;

/// <summary>One decision taken by one stage, with its reason.</summary>
/// <param name="Stage">The stage name.</param>
/// <param name="Allowed">True if the stage let the call continue.</param>
/// <param name="Reason">Why: the rule, detector or score that decided.</param>
public sealed record StageDecision(string Stage, bool Allowed, string Reason);
