namespace SecureMcp.Gateway.Operators;

/// <summary>The security-event kinds of operator sign-in at the gateway (the account checks report <c>IdentityEventKinds</c>).</summary>
internal static class OperatorEventKinds
{
    /// <summary>A session token that is unknown, revoked or expired.</summary>
    public const string SessionRejected = "auth.operator-session.rejected";

    /// <summary>A sign-in request that could not be read: not JSON, a missing field, too large.</summary>
    public const string LoginMalformed = "auth.operator-login.malformed";

    /// <summary>A sign-in refused because too many were being checked at once.</summary>
    public const string LoginThrottled = "auth.operator-login.throttled";

    /// <summary>A sign-in refused unchecked because its client address had too many recent failures.</summary>
    public const string LoginRateLimited = "auth.operator-login.rate-limited";

    /// <summary>The right password, but the account's TOTP seed cannot be decrypted with the gateway's key.</summary>
    public const string SeedUnreadable = "auth.mfa.seed-unreadable";

    /// <summary>An authenticated principal without the operator role called the admin API.</summary>
    public const string AdminForbidden = "admin.forbidden";
}
