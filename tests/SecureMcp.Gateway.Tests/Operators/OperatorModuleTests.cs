using System.Security.Cryptography;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Admin;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Gateway.Operators;
using SecureMcp.Gateway.Tests.Support;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Operators;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Gateway.Tests.Operators;

/// <summary>Sign-in to session to admin principal, on a manual clock, with real accounts in a temporary SQLite file.</summary>
public sealed class OperatorModuleTests : IDisposable
{
    private const string Password = "a long operator password";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("smgw-operators-");
    private readonly ManualTime _time = new();
    private readonly RecordingSink _sink = new();
    private readonly OperatorAccounts _accounts;
    private readonly OperatorModule _module;

    public OperatorModuleTests()
    {
        var config = new OperatorsConfig { Database = Path.Combine(_dir.FullName, "operators.db"), MaxFailures = 3, SessionLifetime = TimeSpan.FromMinutes(15) };
        var options = config.ToOperatorOptions() with { PasswordIterations = 1_000, AllowWeakIterationsForTests = true };
        _accounts = new OperatorAccounts(new SqliteOperatorStore(config.Database), new SecretProtector(RandomNumberGenerator.GetBytes(32)), options, _sink, _time);
        _module = new OperatorModule(config, _accounts, new SqliteOperatorSessionStore(config.Database), _sink, _time);
    }

    private string Code(OperatorEnrolment enrolment) =>
        Totp.Compute(Base32.Decode(enrolment.SecretBase32), Totp.Step(_time.GetUtcNow(), 30), 6, HashAlgorithmName.SHA1);

    private Task<OperatorSignInOutcome> SignInAsync(string user, string password, string code) =>
        _module.SignInAsync(new OperatorLoginRequest(user, password, code), CancellationToken.None);

    private async Task<AuthenticationResult> AuthenticateAsync(string? token) =>
        await _module.Authenticator.AuthenticateAsync(
            new AuthenticationRequest(new Dictionary<string, string> { ["Authorization"] = "Bearer " + token }, null, null), CancellationToken.None);

    [Fact]
    public async Task SignInAsync_PasswordAndTotp_SessionTokenAuthenticatesTheOperatorWithRoles()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);

        var outcome = await SignInAsync("alice", Password, Code(enrolment));
        var result = await AuthenticateAsync(outcome.Token);

        result.Principal!.Id.ShouldBe("alice");
        result.Principal.Roles.ShouldBe(["operator"]);
        result.Principal.Attributes["mfa"].ShouldBe(OperatorAccounts.TotpMethod);
        AdminApi.IsOperator(result.Principal).ShouldBeTrue();
    }

    [Fact]
    public async Task Authenticate_SessionPastItsLifetime_RefusedAsExpiredWithEvent()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);
        var outcome = await SignInAsync("alice", Password, Code(enrolment));

        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var result = await AuthenticateAsync(outcome.Token);

        result.Failure.ShouldBe(OperatorSessions.Expired);
        var rejected = _sink.Single(OperatorEventKinds.SessionRejected);
        rejected.Principal.ShouldBe("alice");
        rejected.Reason.ShouldBe(OperatorSessions.Expired);
        rejected.Evidence.ShouldBe("session=" + outcome.Session!.Id);
    }

    [Fact]
    public async Task SignInAsync_WrongPassword_RefusedWithExactReasonInEvent()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);

        var outcome = await SignInAsync("alice", "not the password!", Code(enrolment));

        outcome.Token.ShouldBeNull();
        outcome.Refusal!.Failure.ShouldBe(OperatorFailures.BadPassword);
        _sink.Single(IdentityEventKinds.PasswordFailed).Principal.ShouldBe("alice");
    }

    [Fact]
    public async Task SignInAsync_RecoveryCodeTwice_SecondRefused()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);
        var code = enrolment.RecoveryCodes[0];

        var first = await SignInAsync("alice", Password, code);
        var second = await SignInAsync("alice", Password, code);

        first.Session!.Principal.Attributes["mfa"].ShouldBe(OperatorAccounts.RecoveryCodeMethod);
        second.Refusal!.Failure.ShouldBe(OperatorFailures.BadRecoveryCode);
        _sink.Single(IdentityEventKinds.MfaFailed).Reason.ShouldBe(OperatorFailures.BadRecoveryCode);
    }

    [Fact]
    public async Task SignInAsync_AccountWithoutOperatorRole_SessionIsNotAnAdmin()
    {
        var enrolment = _accounts.Create("victor", Password, ["viewer"]);

        var outcome = await SignInAsync("victor", Password, Code(enrolment));
        var principal = (await AuthenticateAsync(outcome.Token)).Principal!;

        principal.Roles.ShouldBe(["viewer"]);
        AdminApi.IsOperator(principal).ShouldBeFalse();
    }

    [Fact]
    public async Task SignInAsync_BruteForce_LockedThenRightCredentialsRefused()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);
        for (var i = 0; i < 3; i++)
        {
            (await SignInAsync("alice", "guess number " + i, "000000")).Refusal.ShouldNotBeNull();
        }

        var locked = await SignInAsync("alice", Password, Code(enrolment));

        locked.Token.ShouldBeNull();
        locked.Refusal!.Failure.ShouldBe(OperatorFailures.Locked);
        _sink.Events.Count(e => e.Kind == IdentityEventKinds.AccountLocked).ShouldBe(2, "one when it locks, one for the attempt while locked");
    }

    [Fact]
    public async Task SignInAsync_SeedEncryptedUnderAnotherKey_RefusedWithEventNotAnError()
    {
        var database = Path.Combine(_dir.FullName, "operators.db");
        var options = new OperatorOptions { PasswordIterations = 1_000, AllowWeakIterationsForTests = true };
        var elsewhere = new OperatorAccounts(new SqliteOperatorStore(database), new SecretProtector(RandomNumberGenerator.GetBytes(32)), options, _sink, _time);
        var enrolment = elsewhere.Create("alice", Password, ["operator"]);

        var outcome = await SignInAsync("alice", Password, Code(enrolment));

        outcome.Token.ShouldBeNull();
        outcome.Refusal!.Failure!.ShouldContain("cannot be decrypted");
        _sink.Single(OperatorEventKinds.SeedUnreadable).Principal.ShouldBe("alice");
    }

    [Fact]
    public async Task Authenticate_ApiKeyOrJwtBearer_LeftToOtherSchemes()
    {
        (await AuthenticateAsync("smk_abc")).NoResult.ShouldBeTrue();
        (await AuthenticateAsync("eyJhbGciOiJFUzI1NiJ9.e30.sig")).NoResult.ShouldBeTrue();
        _sink.Events.ShouldBeEmpty();
    }

    public void Dispose()
    {
        _module.Dispose();
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
