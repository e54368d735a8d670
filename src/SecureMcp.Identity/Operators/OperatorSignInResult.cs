using SecureMcp.Core.Identity;

namespace SecureMcp.Identity.Operators;

/// <summary>The outcome of one sign-in. Show callers a generic refusal; <see cref="Failure"/> is the exact reason, for the audit.</summary>
internal sealed record OperatorSignInResult(Principal? Principal, string? Failure, DateTimeOffset? LockedUntil = null);
