using SecureMcp.Core.Identity;

namespace SecureMcp.Gateway.Operators;

/// <summary>One signed-in operator: who, how (the principal's <c>mfa</c> attribute), and until when.</summary>
/// <param name="Id">A short, non-secret id for the audit trail: the first 16 hex digits of the token's SHA-256.</param>
/// <param name="Principal">The operator with the roles of the account.</param>
/// <param name="ExpiresAt">When the token stops being accepted; sessions are not extended by use.</param>
internal sealed record OperatorSession(string Id, Principal Principal, DateTimeOffset ExpiresAt);
