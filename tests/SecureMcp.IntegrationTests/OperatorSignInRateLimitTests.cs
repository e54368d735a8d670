using System.Net;
using System.Text.Json;
using SecureMcp.Gateway.Operators;

namespace SecureMcp.IntegrationTests;

/// <summary>Password spraying from one address against a real gateway: refused unchecked after the budget, audited, other addresses unaffected.</summary>
public sealed class OperatorSignInRateLimitTests(AddressLimitedGatewayFixture fixture) : IClassFixture<AddressLimitedGatewayFixture>
{
    [Fact]
    public async Task Login_PasswordSprayFromOneAddress_RefusedUncheckedThenAuditedWhileAnotherAddressSignsIn()
    {
        // One wrong password against each of several accounts: no account reaches its own lockout (3 failures).
        var victims = new List<OperatorGatewayFixture.Enrolment>();
        for (var i = 0; i <= AddressLimitedGatewayFixture.Budget; i++)
        {
            victims.Add(await fixture.EnrolAsync($"op-spray-{i}"));
        }

        using var attacker = fixture.ClientFrom(IPAddress.Parse("127.0.0.3"));
        using var colleague = fixture.ClientFrom(IPAddress.Parse("127.0.0.4"));
        for (var i = 0; i < AddressLimitedGatewayFixture.Budget; i++)
        {
            using var guess = await fixture.LoginAsync(attacker, victims[i].User, "Spring2026!", victims[i].Code());
            guess.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"guess {i} is within the address's budget");
        }

        // Over budget: even the right password and code are not checked from this address.
        var last = victims[^1];
        using var refused = await fixture.LoginAsync(attacker, last.User, OperatorGatewayFixture.Password, last.Code());
        var refusedBody = await refused.Content.ReadAsStringAsync();
        using var elsewhere = await fixture.LoginAsync(colleague, last.User, OperatorGatewayFixture.Password, last.Code());
        var elsewhereBody = await elsewhere.Content.ReadAsStringAsync();

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, refusedBody);
        JsonDocument.Parse(refusedBody).RootElement.GetProperty("error").GetString().ShouldBe("rate_limited");
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeGreaterThan(TimeSpan.FromMinutes(14), "the budget frees up when the first failure leaves the 15-minute window");
        retryAfter.ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(15));
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.OK, "another address keeps its own budget: " + elsewhereBody);
        var limited = await fixture.SecurityEventAsync(OperatorEventKinds.LoginRateLimited, last.User, "too many failed sign-ins from 127.0.0.3");
        limited.Reason.ShouldNotBeNull().ShouldContain("remote=127.0.0.3");
        var records = await fixture.ReadAuditAsync();
        records.Count(r => r.Kind == "security" && r.Action == "auth.password.failed" && r.Principal!.StartsWith("op-spray-", StringComparison.Ordinal))
            .ShouldBe(AddressLimitedGatewayFixture.Budget, "the refused attempt never reached the password check");
    }
}
