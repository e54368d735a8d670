using SecureMcp.Identity.Operators;

namespace SecureMcp.Gateway.Configuration;

/// <summary>Operator accounts (password + TOTP) that sign in to the admin API at <c>POST /admin/login</c>.</summary>
/// <remarks>Accounts are made with <c>securemcp operator add</c>; the gateway only reads them and records failures and lockouts.</remarks>
public sealed record OperatorsConfig
{
    /// <summary>The SQLite file of the accounts (<c>identity.operators.database</c>).</summary>
    public required string Database { get; init; }

    /// <summary>How long a session token from a sign-in is accepted (<c>identity.operators.sessionMinutes</c>, default 15).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Most sessions held at once (<c>identity.operators.maxSessions</c>, default 1000); the oldest is dropped beyond it.</summary>
    public int MaxSessions { get; init; } = 1000;

    /// <summary>Consecutive failures that lock an account (<c>identity.operators.maxFailures</c>, default 5).</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>How long a lockout lasts (<c>identity.operators.lockoutMinutes</c>, default 15).</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>TOTP steps accepted either side of the current one, for clock drift (<c>identity.operators.totpWindow</c>, default 1).</summary>
    public int TotpWindow { get; init; } = 1;

    /// <summary>Sign-ins checked at the same time (<c>identity.operators.maxConcurrentSignIns</c>, default 4); each costs one slow password hash.</summary>
    public int MaxConcurrentSignIns { get; init; } = 4;

    /// <summary>
    /// Failed sign-ins one client address may make within <see cref="AddressWindow"/> before it is refused without a check
    /// (<c>identity.operators.maxFailuresPerAddress</c>, default 20); IPv6 addresses count by their /64.
    /// </summary>
    public int MaxFailuresPerAddress { get; init; } = 20;

    /// <summary>The sliding window of <see cref="MaxFailuresPerAddress"/> (<c>identity.operators.addressWindowMinutes</c>, default 15).</summary>
    public TimeSpan AddressWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The sign-in settings of <see cref="OperatorAccounts"/>; enrolment settings (digits, period, issuer) keep their defaults.</summary>
    internal OperatorOptions ToOperatorOptions() => new()
    {
        MaxFailures = MaxFailures,
        LockoutDuration = LockoutDuration,
        TotpWindow = TotpWindow,
    };
}
