using SecureMcp.Identity.Crypto;

namespace SecureMcp.Identity.Operators;

/// <summary>Password hashing, TOTP and lockout settings of operator accounts.</summary>
internal sealed record OperatorOptions
{
    /// <summary>PBKDF2-HMAC-SHA256 iterations for new password hashes; 600,000 by default.</summary>
    public int PasswordIterations { get; init; } = Pbkdf2Parameters.DefaultIterations;

    /// <summary>Lets tests use fewer iterations. Never set in configuration.</summary>
    public bool AllowWeakIterationsForTests { get; init; }

    public int MinimumPasswordLength { get; init; } = 12;

    /// <summary>Consecutive failures (password, TOTP or recovery code) that lock the account.</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>How long a lockout lasts.</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The issuer shown by authenticator apps.</summary>
    public string TotpIssuer { get; init; } = "SecureMcp";

    public int TotpDigits { get; init; } = 6;

    public int TotpPeriodSeconds { get; init; } = 30;

    /// <summary>Steps accepted either side of the current one (clock drift); 1 by default.</summary>
    public int TotpWindow { get; init; } = 1;

    public int RecoveryCodeCount { get; init; } = 10;

    public void Validate()
    {
        var minimum = AllowWeakIterationsForTests ? Pbkdf2Parameters.MinimumIterations : Pbkdf2Parameters.DefaultIterations;
        if (PasswordIterations < minimum)
        {
            throw new ArgumentException($"operators.passwordIterations must be at least {minimum} (was {PasswordIterations}).");
        }

        if (MinimumPasswordLength is < 8 or > 256)
        {
            throw new ArgumentException($"operators.minimumPasswordLength must be between 8 and 256 (was {MinimumPasswordLength}).");
        }

        if (MaxFailures is < 1 or > 100)
        {
            throw new ArgumentException($"operators.maxFailures must be between 1 and 100 (was {MaxFailures}).");
        }

        if (LockoutDuration <= TimeSpan.Zero)
        {
            throw new ArgumentException($"operators.lockoutDuration must be positive (was {LockoutDuration}).");
        }

        if (TotpDigits is < 6 or > 8 || TotpPeriodSeconds is < 15 or > 120 || TotpWindow is < 0 or > 2)
        {
            throw new ArgumentException("operators.totpDigits must be 6-8, operators.totpPeriodSeconds 15-120 and operators.totpWindow 0-2.");
        }

        if (RecoveryCodeCount is < 1 or > 50)
        {
            throw new ArgumentException($"operators.recoveryCodeCount must be between 1 and 50 (was {RecoveryCodeCount}).");
        }
    }
}
