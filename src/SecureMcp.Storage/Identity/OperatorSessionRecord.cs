namespace SecureMcp.Storage.Identity;

/// <summary>One operator session as stored: never the token, only its SHA-256.</summary>
/// <param name="TokenHash">Hex SHA-256 of the session token; the key.</param>
/// <param name="Username">The operator.</param>
/// <param name="Principal">The signed-in principal's roles and attributes, as JSON.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record OperatorSessionRecord(string TokenHash, string Username, string Principal, DateTimeOffset ExpiresAt);
