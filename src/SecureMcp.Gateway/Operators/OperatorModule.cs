using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Operators;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Gateway.Operators;

/// <summary>Operator sign-in for the admin API: the accounts (password + TOTP), the session table and its authenticator.</summary>
/// <remarks>
/// Each sign-in costs one slow password hash (PBKDF2, 600,000 iterations by default), so only
/// <see cref="OperatorsConfig.MaxConcurrentSignIns"/> run at once; a flood of sign-ins waits, then is refused, instead of
/// taking every CPU.
/// </remarks>
internal sealed class OperatorModule : IDisposable
{
    private static readonly TimeSpan QueueTimeout = TimeSpan.FromSeconds(10);
    private readonly OperatorAccounts _accounts;
    private readonly SemaphoreSlim _signIns;
    private readonly SecurityEventReporter _events;

    internal OperatorModule(OperatorsConfig config, OperatorAccounts accounts, SqliteOperatorSessionStore sessions, ISecurityEventSink events, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(config);
        _accounts = accounts;
        _events = new SecurityEventReporter(events, time, "operator-login");
        _signIns = new SemaphoreSlim(config.MaxConcurrentSignIns, config.MaxConcurrentSignIns);
        Sessions = new OperatorSessions(sessions, config.MaxSessions, config.SessionLifetime, time);
        Authenticator = new OperatorSessionAuthenticator(Sessions, events, time);
        Addresses = new SignInAddressLimiter(config.MaxFailuresPerAddress, config.AddressWindow, time);
    }

    /// <summary>Failed sign-ins per client address; <c>POST /admin/login</c> asks it before checking anything.</summary>
    public SignInAddressLimiter Addresses { get; }

    public OperatorSessions Sessions { get; }

    /// <summary>The session-token scheme, asked first by the admin API.</summary>
    public IAuthenticator Authenticator { get; }

    /// <summary>Opens the account database and derives the TOTP-seed key from the gateway's key store.</summary>
    public static OperatorModule Create(OperatorsConfig config, KeyStore keys, ISecurityEventSink events, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(config);
        SqliteOperatorStore store;
        SqliteOperatorSessionStore sessions;
        try
        {
            if (!File.Exists(config.Database))
            {
                // Owner-only from the start: it holds password hashes and encrypted seeds. SQLite gives -wal and -shm the same mode.
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(config.Database))!);
                PrivateFiles.Write(config.Database, []);
            }

            store = new SqliteOperatorStore(config.Database);
            sessions = new SqliteOperatorSessionStore(config.Database);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new GatewayConfigException($"config: identity.operators.database: cannot open '{config.Database}' ({ex.Message})", ex);
        }

        var accounts = new OperatorAccounts(store, OperatorSecretKey.Protector(keys), config.ToOperatorOptions(), events, time);
        return new OperatorModule(config, accounts, sessions, events, time);
    }

    /// <summary>Checks password and second factor and, on success, starts a session.</summary>
    /// <remarks>Lockout, failure counting and their security events are <see cref="OperatorAccounts"/>' work.</remarks>
    public async Task<OperatorSignInOutcome> SignInAsync(OperatorLoginRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await _signIns.WaitAsync(QueueTimeout, cancellationToken))
        {
            return OperatorSignInOutcome.TooBusy;
        }

        OperatorSignInResult result;
        try
        {
            result = _accounts.SignInWithSecondFactor(request.Username, request.Password, request.Code);
        }
        catch (CryptographicException)
        {
            // The password was right but the seed cannot be decrypted: another key-store passphrase, or a database copied from elsewhere.
            const string reason = "the TOTP seed cannot be decrypted (key-store passphrase changed, or the database comes from another CA folder)";
            _events.Report(OperatorEventKinds.SeedUnreadable, SecuritySeverity.High, request.Username, "admin", null, reason);
            result = new OperatorSignInResult(null, reason);
        }
        finally
        {
            _signIns.Release();
        }

        if (result.Principal is not { } principal)
        {
            return new OperatorSignInOutcome(null, null, result);
        }

        var (token, session) = Sessions.Create(principal);
        return new OperatorSignInOutcome(token, session, null);
    }

    public void Dispose() => _signIns.Dispose();
}
