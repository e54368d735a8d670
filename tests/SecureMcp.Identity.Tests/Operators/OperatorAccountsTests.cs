using System.Security.Cryptography;
using SecureMcp.Identity.Crypto;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Operators;
using SecureMcp.Identity.Tests.Support;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Identity.Tests.Operators;

public sealed class OperatorAccountsTests : IDisposable
{
    private const string Password = "a long operator password";
    private readonly TempDirectory _dir = new();
    private readonly ManualTime _time = new();
    private readonly RecordingSink _sink = new();
    private readonly OperatorAccounts _accounts;
    private readonly SqliteOperatorStore _store;

    public OperatorAccountsTests()
    {
        _store = new SqliteOperatorStore(Path.Combine(_dir.Path, "identity.db"));
        var options = new OperatorOptions { PasswordIterations = 1_000, AllowWeakIterationsForTests = true, MaxFailures = 3 };
        _accounts = new OperatorAccounts(_store, new SecretProtector(RandomNumberGenerator.GetBytes(32)), options, _sink, _time);
    }

    private string CodeNow(OperatorEnrolment enrolment, int stepOffset = 0) =>
        Totp.Compute(Base32.Decode(enrolment.SecretBase32), Totp.Step(_time.GetUtcNow(), 30) + stepOffset, 6, HashAlgorithmName.SHA1);

    [Fact]
    public void Create_ReturnsOtpAuthUriAndStoresOnlyHashes()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        enrolment.OtpAuthUri.ShouldBe($"otpauth://totp/SecureMcp:alice?secret={enrolment.SecretBase32}&issuer=SecureMcp&algorithm=SHA1&digits=6&period=30");
        enrolment.RecoveryCodes.Count.ShouldBe(10);
        var record = _store.Get("alice")!;
        record.PasswordHash.ShouldStartWith("pbkdf2-sha256$1000$");
        record.PasswordHash.ShouldNotContain(Password);
        record.ProtectedTotpSecret.ShouldNotBe(Base32.Decode(enrolment.SecretBase32));
    }

    [Fact]
    public void SignIn_PasswordAndCurrentCode_ReturnsOperatorPrincipal()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        var result = _accounts.SignIn("alice", Password, CodeNow(enrolment));
        result.Failure.ShouldBeNull();
        result.Principal!.Roles.ShouldBe(["admin"]);
        result.Principal.Scheme.ShouldBe("operator");
    }

    [Fact]
    public void SignIn_CodeFromPreviousStep_AcceptedWithinWindow()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        _accounts.SignIn("alice", Password, CodeNow(enrolment, -1)).Principal.ShouldNotBeNull();
        _accounts.SignIn("alice", Password, CodeNow(enrolment, -2)).Failure.ShouldBe(OperatorFailures.BadTotp);
    }

    [Fact]
    public void SignIn_TotpReusedWithinItsWindow_RefusedWithEvent()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        var code = CodeNow(enrolment);
        _accounts.SignIn("alice", Password, code).Principal.ShouldNotBeNull();
        _time.Advance(TimeSpan.FromSeconds(20));
        var replay = _accounts.SignIn("alice", Password, code);
        replay.Principal.ShouldBeNull();
        replay.Failure.ShouldBe(OperatorFailures.TotpReused);
        _sink.Single(IdentityEventKinds.TotpReused).Principal.ShouldBe("alice");
    }

    [Fact]
    public void SignIn_OlderCodeAfterNewerOneUsed_RefusedAsReuse()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        _accounts.SignIn("alice", Password, CodeNow(enrolment, +1)).Principal.ShouldNotBeNull();
        _accounts.SignIn("alice", Password, CodeNow(enrolment)).Failure.ShouldBe(OperatorFailures.TotpReused);
    }

    [Fact]
    public void SignIn_BruteForce_LocksAccountThenCoolsDown()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        _accounts.SignIn("alice", "guess-1", "000000").Failure.ShouldBe(OperatorFailures.BadPassword);
        _accounts.SignIn("alice", Password, "000000").Failure.ShouldBeOneOf(OperatorFailures.BadTotp, OperatorFailures.TotpReused);
        var third = _accounts.SignIn("alice", "guess-3", "000000");
        third.LockedUntil.ShouldBe(_time.GetUtcNow() + TimeSpan.FromMinutes(15));
        _sink.Single(IdentityEventKinds.AccountLocked).Reason.ShouldContain("locked");

        var whileLocked = _accounts.SignIn("alice", Password, CodeNow(enrolment));
        whileLocked.Failure.ShouldBe(OperatorFailures.Locked, "correct credentials do not help while locked");

        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        _accounts.SignIn("alice", Password, CodeNow(enrolment)).Principal.ShouldNotBeNull();
    }

    [Fact]
    public void SignIn_WrongPassword_ReportsMfaEventWithReason()
    {
        _accounts.Create("alice", Password, ["admin"]);
        _accounts.SignIn("alice", "wrong password!", "123456").Failure.ShouldBe(OperatorFailures.BadPassword);
        _sink.Single(IdentityEventKinds.PasswordFailed).Reason.ShouldBe(OperatorFailures.BadPassword);
    }

    [Fact]
    public void SignInWithRecoveryCode_SingleUse()
    {
        var enrolment = _accounts.Create("alice", Password, ["admin"]);
        var code = enrolment.RecoveryCodes[0];
        _accounts.SignInWithRecoveryCode("alice", Password, code.ToLowerInvariant()).Principal.ShouldNotBeNull();
        _accounts.SignInWithRecoveryCode("alice", Password, code).Failure.ShouldBe(OperatorFailures.BadRecoveryCode);
        _store.RemainingRecoveryCodes("alice").ShouldBe(9);
    }

    [Fact]
    public void SignIn_UnknownUser_RefusedWithoutCreatingLockoutState()
    {
        _accounts.SignIn("mallory", Password, "123456").Failure.ShouldBe(OperatorFailures.UnknownUser);
        _store.Get("mallory").ShouldBeNull();
    }

    [Fact]
    public void SignInWithSecondFactor_TotpShapedCode_ChecksTotp()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);

        var result = _accounts.SignInWithSecondFactor("alice", Password, CodeNow(enrolment));

        result.Principal!.Attributes["mfa"].ShouldBe(OperatorAccounts.TotpMethod);
        _accounts.SignInWithSecondFactor("alice", Password, CodeNow(enrolment)).Failure.ShouldBe(OperatorFailures.TotpReused);
    }

    [Fact]
    public void SignInWithSecondFactor_RecoveryCode_SpentOnceAndMarked()
    {
        var enrolment = _accounts.Create("alice", Password, ["operator"]);
        var code = enrolment.RecoveryCodes[3];

        var first = _accounts.SignInWithSecondFactor("alice", Password, code);
        var second = _accounts.SignInWithSecondFactor("alice", Password, code);

        first.Principal!.Attributes["mfa"].ShouldBe(OperatorAccounts.RecoveryCodeMethod);
        second.Failure.ShouldBe(OperatorFailures.BadRecoveryCode);
        _sink.Single(IdentityEventKinds.RecoveryCodeUsed).Principal.ShouldBe("alice");
        _sink.Single(IdentityEventKinds.MfaFailed).Reason.ShouldBe(OperatorFailures.BadRecoveryCode);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("evil\nline")]
    [InlineData("-leading-dash")]
    [InlineData("")]
    public void Create_UsernameOutsideTheRule_Refused(string username)
    {
        Should.Throw<ArgumentException>(() => _accounts.Create(username, Password, ["operator"]));
        _store.List().ShouldBeEmpty();
    }

    [Fact]
    public void PasswordHasher_ProductionDefault_Uses600kIterations()
    {
        var options = new OperatorOptions();
        options.PasswordIterations.ShouldBe(600_000);
        var hash = new PasswordHasher(options.PasswordIterations).Hash(Password);
        hash.ShouldStartWith("pbkdf2-sha256$600000$");
        PasswordHasher.Verify(Password, hash).ShouldBeTrue();
        PasswordHasher.Verify("not the password", hash).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new OperatorOptions { PasswordIterations = 10_000 }.Validate()).Message.ShouldContain("operators.passwordIterations");
    }

    public void Dispose() => _dir.Dispose();
}
