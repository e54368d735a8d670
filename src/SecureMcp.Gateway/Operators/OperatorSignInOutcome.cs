using SecureMcp.Identity.Operators;

namespace SecureMcp.Gateway.Operators;

/// <summary>What one <c>POST /admin/login</c> led to: a session, a refusal (its exact reason is for the audit only), or "too busy".</summary>
internal sealed record OperatorSignInOutcome(string? Token, OperatorSession? Session, OperatorSignInResult? Refusal)
{
    /// <summary>True when the sign-in was not checked because too many were in progress.</summary>
    public bool Busy => Token is null && Refusal is null;

    public static OperatorSignInOutcome TooBusy { get; } = new(null, null, null);
}
