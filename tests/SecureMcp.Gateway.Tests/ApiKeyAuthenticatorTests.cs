using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Gateway.Configuration;

namespace SecureMcp.Gateway.Tests;

public sealed class ApiKeyAuthenticatorTests
{
    private static readonly string Key = ApiKeyAuthenticator.NewKey();
    private readonly ApiKeyAuthenticator _authenticator = new([new ApiKeyConfig("agent-1", ApiKeyAuthenticator.Hash(Key), ["analyst"])]);

    private ValueTask<AuthenticationResult> Authenticate(string header, string value) =>
        _authenticator.AuthenticateAsync(new AuthenticationRequest(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [header] = value }, null, null), default);

    [Theory]
    [InlineData("Authorization", "Bearer ")]
    [InlineData("X-API-Key", "")]
    public async Task Authenticate_ValidKey_EitherHeader_GivesThePrincipal(string header, string prefix)
    {
        var result = await Authenticate(header, prefix + Key);

        result.Principal!.Id.ShouldBe("agent-1");
        result.Principal.Roles.ShouldBe(["analyst"]);
        result.Principal.Scheme.ShouldBe("apikey");
    }

    [Fact]
    public async Task Authenticate_UnknownKey_Fails() =>
        (await Authenticate("Authorization", "Bearer smk_" + new string('x', 43))).Failure.ShouldBe("unknown API key");

    [Fact]
    public async Task Authenticate_BearerTokenWithoutKeyPrefix_IsLeftToOtherSchemes() =>
        (await Authenticate("Authorization", "Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig")).NoResult.ShouldBeTrue();

    [Fact]
    public void NewKey_IsRandomAndPrefixed()
    {
        var a = ApiKeyAuthenticator.NewKey();
        a.ShouldStartWith(ApiKeyAuthenticator.KeyPrefix);
        a.Length.ShouldBeGreaterThan(40);
        a.ShouldNotBe(ApiKeyAuthenticator.NewKey());
    }

    [Fact]
    public void Hash_IsSha256Hex() =>
        ApiKeyAuthenticator.Hash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
