namespace SecureMcp.Storage.Identity;

/// <summary>One operator account as stored: never a password, only its slow hash; the TOTP seed only encrypted.</summary>
/// <param name="Username">The login name; the primary key.</param>
/// <param name="PasswordHash">The encoded PBKDF2 hash (<c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>).</param>
/// <param name="ProtectedTotpSecret">The TOTP seed, encrypted by the identity layer.</param>
/// <param name="Roles">Roles, comma-separated.</param>
/// <param name="LastTotpStep">The last TOTP time step accepted; a code of that step or earlier is refused.</param>
/// <param name="FailedAttempts">Failures since the last success or lockout.</param>
/// <param name="LockedUntil">When a lockout ends, or null.</param>
/// <param name="CreatedAt">When the account was created.</param>
public sealed record OperatorRecord(
    string Username,
    string PasswordHash,
    byte[] ProtectedTotpSecret,
    string Roles,
    long LastTotpStep,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt);
