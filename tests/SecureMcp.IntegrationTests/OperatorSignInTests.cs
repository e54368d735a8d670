using System.Net;
using System.Text;
using System.Text.Json;
using SecureMcp.Gateway.Operators;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Operators;

namespace SecureMcp.IntegrationTests;

/// <summary>Operators enrolled with the CLI sign in to a real gateway process with password + TOTP; every attack is refused and audited.</summary>
public sealed class OperatorSignInTests(OperatorGatewayFixture fixture) : IClassFixture<OperatorGatewayFixture>
{
    private const string Password = OperatorGatewayFixture.Password;
    private const string GenericRefusal = """{"error":"invalid_credentials","message":"sign-in failed"}""";

    private static async Task<string> TokenOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    private static async Task ShouldBeGenericRefusalAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldBe(GenericRefusal);
    }

    [Fact]
    public async Task Login_PasswordAndTotp_SessionReadsAdminHealth_LogoutRevokesIt()
    {
        var alice = await fixture.EnrolAsync("op-alice", passwordOnStdin: true);

        using var login = await fixture.LoginAsync("op-alice", Password, alice.Code());
        var token = await TokenOfAsync(login);
        using var health = await fixture.SendAsync(HttpMethod.Get, "/admin/health", token);
        using var mcp = await fixture.SendAsync(HttpMethod.Post, "/mcp", token);
        using var logout = await fixture.SendAsync(HttpMethod.Post, "/admin/logout", token);
        using var afterLogout = await fixture.SendAsync(HttpMethod.Get, "/admin/health", token);

        token.ShouldStartWith("smo_");
        login.Headers.CacheControl!.NoStore.ShouldBeTrue();
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        mcp.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "an admin session is not an MCP credential");
        logout.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterLogout.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var records = await fixture.ReadAuditAsync();
        records.ShouldContain(r => r.Kind == "admin" && r.Principal == "op-alice" && r.Action == "POST /admin/login" && r.Outcome == "ok");
        records.ShouldContain(r => r.Kind == "admin" && r.Principal == "op-alice" && r.Action == "GET /admin/health" && r.Outcome == "ok");
        await fixture.SecurityEventAsync(OperatorEventKinds.SessionRejected, "anonymous", "unknown or revoked operator session");
    }

    [Fact]
    public async Task Session_SurvivesAGatewayRestart_AndALogoutBeforeTheRestartStillHolds()
    {
        var erin = await fixture.EnrolAsync("op-restart");
        using var first = await fixture.LoginAsync("op-restart", Password, erin.Code());
        var kept = await TokenOfAsync(first);
        using var second = await fixture.LoginAsync("op-restart", Password, erin.RecoveryCodes[0]);
        var ended = await TokenOfAsync(second);
        using (var logout = await fixture.SendAsync(HttpMethod.Post, "/admin/logout", ended))
        {
            logout.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await fixture.RestartAsync();

        using var keptAfter = await fixture.SendAsync(HttpMethod.Get, "/admin/health", kept);
        using var endedAfter = await fixture.SendAsync(HttpMethod.Get, "/admin/health", ended);
        keptAfter.StatusCode.ShouldBe(HttpStatusCode.OK, "sessions live in the operators' database, not in the process");
        endedAfter.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a sign-out is not undone by a restart");
        (await fixture.ReadAuditAsync()).ShouldContain(r => r.Kind == "admin" && r.Principal == "op-restart" && r.Action == "GET /admin/health" && r.Outcome == "ok");
    }

    [Fact]
    public async Task OperatorSignout_FromTheCli_EndsEverySessionOfThatOperatorOnTheRunningGateway()
    {
        var gina = await fixture.EnrolAsync("op-signout");
        var other = await fixture.EnrolAsync("op-stays");
        using var first = await fixture.LoginAsync("op-signout", Password, gina.Code());
        using var second = await fixture.LoginAsync("op-signout", Password, gina.RecoveryCodes[0]);
        using var third = await fixture.LoginAsync("op-stays", Password, other.Code());
        var tokens = new[] { await TokenOfAsync(first), await TokenOfAsync(second) };
        var untouched = await TokenOfAsync(third);

        var stdout = await fixture.CliAsync(null, "operator", "signout", "--db", fixture.Database, "--user", "op-signout");

        stdout.ShouldContain("signed out op-signout: 2 session(s) ended");
        foreach (var token in tokens)
        {
            using var refused = await fixture.SendAsync(HttpMethod.Get, "/admin/health", token);
            refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var stays = await fixture.SendAsync(HttpMethod.Get, "/admin/health", untouched);
        stays.StatusCode.ShouldBe(HttpStatusCode.OK, "another operator's session is not touched");
    }

    [Fact]
    public async Task Login_WrongPassword_GenericRefusalAndAudited()
    {
        var bob = await fixture.EnrolAsync("op-wrong-password");

        using var response = await fixture.LoginAsync("op-wrong-password", "not the password at all", bob.Code());

        await ShouldBeGenericRefusalAsync(response);
        await fixture.SecurityEventAsync(IdentityEventKinds.PasswordFailed, "op-wrong-password", OperatorFailures.BadPassword);
    }

    [Fact]
    public async Task Login_WrongTotp_GenericRefusalAndAudited()
    {
        var carol = await fixture.EnrolAsync("op-wrong-totp");
        var wrong = carol.Code(+5); // a real code of this seed, far outside the ±1 step window

        using var response = await fixture.LoginAsync("op-wrong-totp", Password, wrong);

        await ShouldBeGenericRefusalAsync(response);
        await fixture.SecurityEventAsync(IdentityEventKinds.MfaFailed, "op-wrong-totp", OperatorFailures.BadTotp);
    }

    [Fact]
    public async Task Login_TotpReusedWithinItsWindow_GenericRefusalAndAudited()
    {
        var dave = await fixture.EnrolAsync("op-reuse");
        var code = dave.Code();

        using var first = await fixture.LoginAsync("op-reuse", Password, code);
        using var replay = await fixture.LoginAsync("op-reuse", Password, code);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeGenericRefusalAsync(replay);
        await fixture.SecurityEventAsync(IdentityEventKinds.TotpReused, "op-reuse", OperatorFailures.TotpReused);
    }

    [Fact]
    public async Task Login_BruteForce_LocksTheAccount_RightCredentialsRefusedUntilUnlocked()
    {
        var erin = await fixture.EnrolAsync("op-lockout");
        for (var i = 0; i < OperatorGatewayFixture.MaxFailures; i++)
        {
            using var guess = await fixture.LoginAsync("op-lockout", "guess number " + i, erin.Code());
            await ShouldBeGenericRefusalAsync(guess);
        }

        using var whileLocked = await fixture.LoginAsync("op-lockout", Password, erin.Code());

        await ShouldBeGenericRefusalAsync(whileLocked);
        await fixture.SecurityEventAsync(IdentityEventKinds.AccountLocked, "op-lockout", "after repeated failures");
        await fixture.SecurityEventAsync(IdentityEventKinds.AccountLocked, "op-lockout", "sign-in attempted while locked");
        (await fixture.CliAsync(null, "operator", "list", "--db", fixture.Database)).ShouldContain("locked until");

        await fixture.CliAsync(null, "operator", "unlock", "--db", fixture.Database, "--user", "op-lockout");
        using var afterUnlock = await fixture.LoginAsync("op-lockout", Password, erin.Code());
        afterUnlock.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Login_RecoveryCodeUsedTwice_SecondRefusedAndAudited()
    {
        var frank = await fixture.EnrolAsync("op-recovery");
        var code = frank.RecoveryCodes[0];

        using var first = await fixture.LoginAsync("op-recovery", Password, code);
        using var second = await fixture.LoginAsync("op-recovery", Password, code);

        var token = await TokenOfAsync(first);
        using var health = await fixture.SendAsync(HttpMethod.Get, "/admin/health", token);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeGenericRefusalAsync(second);
        await fixture.SecurityEventAsync(IdentityEventKinds.RecoveryCodeUsed, "op-recovery", "recovery code used instead of TOTP");
        await fixture.SecurityEventAsync(IdentityEventKinds.MfaFailed, "op-recovery", OperatorFailures.BadRecoveryCode);
    }

    [Fact]
    public async Task Session_OfAnAccountWithoutTheOperatorRole_ForbiddenAndAudited()
    {
        var viewer = await fixture.EnrolAsync("viewer-only", role: "viewer");

        using var login = await fixture.LoginAsync("viewer-only", Password, viewer.Code());
        using var health = await fixture.SendAsync(HttpMethod.Get, "/admin/health", await TokenOfAsync(login));

        health.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await health.Content.ReadAsStringAsync()).ShouldContain("the operator role is required");
        await fixture.SecurityEventAsync(OperatorEventKinds.AdminForbidden, "viewer-only", "the operator role is required");
    }

    [Fact]
    public async Task Login_UnknownUser_SameGenericRefusal()
    {
        using var response = await fixture.LoginAsync("nobody-here", Password, "123456");

        await ShouldBeGenericRefusalAsync(response);
        await fixture.SecurityEventAsync(IdentityEventKinds.PasswordFailed, "nobody-here", OperatorFailures.UnknownUser);
    }

    [Theory]
    [InlineData("application/json", "{\"username\":\"op-x\",", "the body is not valid JSON")]
    [InlineData("application/json", "{\"username\":\"op-x\",\"password\":\"p\"}", "the field 'code' is missing")]
    [InlineData("text/plain", "{\"username\":\"op-x\",\"password\":\"p\",\"code\":\"1\"}", "send Content-Type: application/json")]
    [InlineData("application/json", "OVERSIZED", "the body is larger than 4096 bytes")]
    public async Task Login_BadInput_400AuditedAndTheGatewayKeepsServing(string contentType, string body, string expected)
    {
        var content = body == "OVERSIZED" ? "{\"username\":\"" + new string('a', 100_000) + "\"}" : body;

        using var response = await fixture.Http.PostAsync(fixture.Address + "/admin/login", new StringContent(content, Encoding.UTF8, contentType));
        using var health = await fixture.Http.GetAsync(fixture.Address + "/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString().ShouldBe(expected);
        await fixture.SecurityEventAsync(OperatorEventKinds.LoginMalformed, "anonymous", expected);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
