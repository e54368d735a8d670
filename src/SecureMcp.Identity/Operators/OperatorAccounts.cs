using System.Globalization;
using System.Security.Cryptography;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Events;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Identity.Operators;

/// <summary>Operator accounts: password (slow hash) plus TOTP (RFC 6238) with reuse prevention, recovery codes, and lockout.</summary>
/// <remarks>
/// <para>Sign-in checks, in order: lockout (nothing else is evaluated while locked), password, then the second factor.
/// Every failure counts towards the lockout, and every failure is a security event.</para>
/// <para>A TOTP code is accepted for the current step ±<see cref="OperatorOptions.TotpWindow"/>, and only for a step later
/// than the last one accepted, so a code seen over a shoulder or replayed within its 90-second life is refused.</para>
/// </remarks>
internal sealed class OperatorAccounts
{
    /// <summary>The <c>mfa</c> attribute of a principal that signed in with a TOTP code.</summary>
    public const string TotpMethod = "totp";

    /// <summary>The <c>mfa</c> attribute of a principal that signed in with a recovery code.</summary>
    public const string RecoveryCodeMethod = "recovery-code";

    private readonly SqliteOperatorStore _store;
    private readonly SecretProtector _secrets;
    private readonly OperatorOptions _options;
    private readonly TimeProvider _time;
    private readonly PasswordHasher _hasher;
    private readonly SecurityEventReporter _events;
    private readonly string _dummyHash;

    public OperatorAccounts(SqliteOperatorStore store, SecretProtector secrets, OperatorOptions options, ISecurityEventSink sink, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _store = store;
        _secrets = secrets;
        _options = options;
        _time = time;
        _hasher = new PasswordHasher(options.PasswordIterations);
        _events = new SecurityEventReporter(sink, time, "operator-mfa");
        _dummyHash = _hasher.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    }

    /// <summary>Creates an account and returns its enrolment; throws if the name is taken or the password too short.</summary>
    public OperatorEnrolment Create(string username, string password, IReadOnlyList<string> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(roles);
        if (!OperatorNames.IsValid(username))
        {
            throw new ArgumentException($"The username must be {OperatorNames.Rule}.", nameof(username));
        }

        if (password.Length < _options.MinimumPasswordLength)
        {
            throw new ArgumentException($"The password must have at least {_options.MinimumPasswordLength} characters.", nameof(password));
        }

        var secret = RandomNumberGenerator.GetBytes(20); // 160 bits, RFC 4226's recommended HMAC-SHA1 key length
        var codes = RecoveryCodes.Generate(_options.RecoveryCodeCount);
        var record = new OperatorRecord(username, _hasher.Hash(password), _secrets.Protect(secret, username), string.Join(',', roles),
            LastTotpStep: -1, FailedAttempts: 0, LockedUntil: null, CreatedAt: _time.GetUtcNow());
        if (!_store.Create(record, codes.Select(RecoveryCodes.Hash)))
        {
            throw new InvalidOperationException($"Operator '{username}' already exists.");
        }

        var base32 = Base32.Encode(secret);
        return new OperatorEnrolment(username,
            OtpAuthUri.Build(_options.TotpIssuer, username, base32, _options.TotpDigits, _options.TotpPeriodSeconds), base32, codes);
    }

    /// <summary>Signs in with password and TOTP code.</summary>
    public OperatorSignInResult SignIn(string username, string password, string totpCode) =>
        SignIn(username, password, TotpMethod, record => VerifyTotp(record, totpCode));

    /// <summary>Signs in with password and a second factor that is either a TOTP code (all digits) or a recovery code.</summary>
    /// <remarks>A recovery code is never all digits of the TOTP length, so the shape of <paramref name="code"/> decides which check runs.</remarks>
    public OperatorSignInResult SignInWithSecondFactor(string username, string password, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return IsTotpShaped(code) ? SignIn(username, password, code) : SignInWithRecoveryCode(username, password, code);
    }

    /// <summary>Signs in with password and one unused recovery code, which is then spent.</summary>
    public OperatorSignInResult SignInWithRecoveryCode(string username, string password, string recoveryCode) =>
        SignIn(username, password, RecoveryCodeMethod, record =>
        {
            if (!_store.TryConsumeRecoveryCode(record.Username, RecoveryCodes.Hash(recoveryCode), _time.GetUtcNow()))
            {
                return OperatorFailures.BadRecoveryCode;
            }

            _events.Report(IdentityEventKinds.RecoveryCodeUsed, SecuritySeverity.Medium, record.Username, "operator",
                $"remaining={_store.RemainingRecoveryCodes(record.Username)}", "recovery code used instead of TOTP");
            return null;
        });

    /// <summary>Replaces all recovery codes (after a successful sign-in).</summary>
    public IReadOnlyList<string> RegenerateRecoveryCodes(string username)
    {
        var codes = RecoveryCodes.Generate(_options.RecoveryCodeCount);
        _store.ReplaceRecoveryCodes(username, codes.Select(RecoveryCodes.Hash));
        return codes;
    }

    private OperatorSignInResult SignIn(string username, string password, string method, Func<OperatorRecord, string?> secondFactor)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        var record = _store.Get(username);
        if (record is null)
        {
            PasswordHasher.Verify(password, _dummyHash); // same cost as a real check: no user enumeration by timing
            return Refuse(username, OperatorFailures.UnknownUser, IdentityEventKinds.PasswordFailed, countFailure: false);
        }

        var now = _time.GetUtcNow();
        if (record.LockedUntil is { } until && until > now)
        {
            PasswordHasher.Verify(password, _dummyHash); // a locked account answers no faster than an open one
            _events.Report(IdentityEventKinds.AccountLocked, SecuritySeverity.High, username, "operator",
                "lockedUntil=" + until.ToString("O", CultureInfo.InvariantCulture), "sign-in attempted while locked");
            return new OperatorSignInResult(null, OperatorFailures.Locked, until);
        }

        if (!PasswordHasher.Verify(password, record.PasswordHash))
        {
            return Refuse(username, OperatorFailures.BadPassword, IdentityEventKinds.PasswordFailed);
        }

        if (secondFactor(record) is { } mfaFailure)
        {
            return Refuse(username, mfaFailure, mfaFailure == OperatorFailures.TotpReused ? IdentityEventKinds.TotpReused : IdentityEventKinds.MfaFailed);
        }

        _store.ResetFailures(username);
        var principal = new Principal(username, "operator", record.Roles.Length == 0 ? [] : record.Roles.Split(','))
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["mfa"] = method },
        };
        return new OperatorSignInResult(principal, null);
    }

    private bool IsTotpShaped(string code) => code.Length == _options.TotpDigits && code.All(char.IsAsciiDigit);

    private string? VerifyTotp(OperatorRecord record, string code)
    {
        if (string.IsNullOrEmpty(code) || code.Length != _options.TotpDigits || !code.All(char.IsAsciiDigit))
        {
            return OperatorFailures.BadTotp;
        }

        var secret = _secrets.Unprotect(record.ProtectedTotpSecret, record.Username);
        try
        {
            var current = Totp.Step(_time.GetUtcNow(), _options.TotpPeriodSeconds);
            var step = Totp.FindStep(secret, code, current, _options.TotpWindow, _options.TotpDigits, HashAlgorithmName.SHA1);
            if (step is null)
            {
                return OperatorFailures.BadTotp;
            }

            // Conditional update: only a step later than the last accepted one wins, even between concurrent sign-ins.
            return _store.TryConsumeTotpStep(record.Username, step.Value) ? null : OperatorFailures.TotpReused;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private OperatorSignInResult Refuse(string username, string failure, string kind, bool countFailure = true)
    {
        _events.Report(kind, SecuritySeverity.Medium, username, "operator", null, failure);
        if (!countFailure)
        {
            return new OperatorSignInResult(null, failure);
        }

        var lockUntil = _time.GetUtcNow() + _options.LockoutDuration;
        if (_store.RecordFailure(username, _options.MaxFailures, lockUntil))
        {
            _events.Report(IdentityEventKinds.AccountLocked, SecuritySeverity.High, username, "operator",
                $"failures={_options.MaxFailures}", $"account locked for {_options.LockoutDuration} after repeated failures");
            return new OperatorSignInResult(null, failure, lockUntil);
        }

        return new OperatorSignInResult(null, failure);
    }
}
