namespace SecureMcp.Identity.Tokens;

/// <summary>A signed access token and when it expires.</summary>
internal sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt, string JwtId);
