using System.Text.Json;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.Identity.Tests.Support;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Identity.Tests.Tokens;

public sealed class TokenEndpointTests : IDisposable
{
    private readonly TokenFixture _f = new();

    private static Dictionary<string, string> AssertionForm(string assertion) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_assertion_type"] = TokenEndpoint.JwtBearerAssertionType,
        ["client_assertion"] = assertion,
    };

    [Fact]
    public void Handle_PrivateKeyJwt_IssuesTokenTheAuthenticatorAccepts()
    {
        using var agent = _f.Ca.IssueAgent("agent-1");
        var response = _f.Endpoint.Handle(AssertionForm(ClientAssertionBuilder.Create(agent, _f.Options.TokenEndpoint, _f.Ca.Time)), null);
        response.Status.ShouldBe(200);
        response.Headers["Cache-Control"].ShouldBe("no-store");
        using var body = JsonDocument.Parse(response.Body);
        body.RootElement.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.RootElement.GetProperty("expires_in").GetInt64().ShouldBe(300);
        var token = body.RootElement.GetProperty("access_token").GetString()!;
        _f.Authenticator.Authenticate(token, null).Principal!.Id.ShouldBe("agent-1");
        _f.Ca.Sink.Single(IdentityEventKinds.TokenIssued).Principal.ShouldBe("agent-1");
    }

    [Fact]
    public void Handle_ReplayedAssertion_RefusedInvalidClient()
    {
        using var agent = _f.Ca.IssueAgent("agent-1");
        var assertion = ClientAssertionBuilder.Create(agent, _f.Options.TokenEndpoint, _f.Ca.Time);
        _f.Endpoint.Handle(AssertionForm(assertion), null).Status.ShouldBe(200);
        var replay = _f.Endpoint.Handle(AssertionForm(assertion), null);
        replay.Status.ShouldBe(401);
        replay.Body.ShouldContain(TokenFailures.AssertionReplayed);
        _f.Ca.Sink.Single(IdentityEventKinds.ClientAssertionRejected).Reason.ShouldBe(TokenFailures.AssertionReplayed);
    }

    [Fact]
    public void Handle_AssertionFromForeignCaCertificate_RefusedInvalidClient()
    {
        using var foreign = new TestCa(_f.Ca.Time);
        using var agent = foreign.IssueAgent("agent-1");
        var response = _f.Endpoint.Handle(AssertionForm(ClientAssertionBuilder.Create(agent, _f.Options.TokenEndpoint, _f.Ca.Time)), null);
        response.Status.ShouldBe(401);
        response.Body.ShouldContain("invalid_client");
        _f.Ca.Sink.Single(IdentityEventKinds.ClientAssertionRejected).Reason.ShouldBe($"{TokenFailures.AssertionCertificate}: {CertificateFailures.ForeignIssuer}");
    }

    [Fact]
    public void Handle_AssertionForWrongAudience_Refused()
    {
        using var agent = _f.Ca.IssueAgent("agent-1");
        var response = _f.Endpoint.Handle(AssertionForm(ClientAssertionBuilder.Create(agent, "https://evil.example/token", _f.Ca.Time)), null);
        response.Status.ShouldBe(401);
        _f.Ca.Sink.Single(IdentityEventKinds.ClientAssertionRejected).Reason.ShouldBe(TokenFailures.WrongAudience);
    }

    [Fact]
    public void Handle_MtlsClientAuth_IssuesCertificateBoundToken()
    {
        using var agent = _f.Ca.IssueAgent("agent-1");
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "agent-1" };
        var response = _f.Endpoint.Handle(form, agent);
        response.Status.ShouldBe(200);
        using var body = JsonDocument.Parse(response.Body);
        var token = body.RootElement.GetProperty("access_token").GetString()!;
        _f.Authenticator.Authenticate(token, agent).Principal!.Id.ShouldBe("agent-1");
        _f.Authenticator.Authenticate(token, null).Failure.ShouldBe(TokenFailures.CertificateBinding);
    }

    [Fact]
    public void Handle_MtlsWithOtherClientId_Refused()
    {
        using var agent = _f.Ca.IssueAgent("agent-1");
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "admin" };
        _f.Endpoint.Handle(form, agent).Status.ShouldBe(401);
    }

    [Theory]
    [InlineData("", 400, "invalid_request")]
    [InlineData("password", 400, "unsupported_grant_type")]
    [InlineData("client_credentials", 401, "invalid_client")]
    public void Handle_BadRequests_AnswerOAuthErrors(string grant, int status, string error)
    {
        var form = new Dictionary<string, string>();
        if (grant.Length > 0)
        {
            form["grant_type"] = grant;
        }

        var response = _f.Endpoint.Handle(form, null);
        response.Status.ShouldBe(status);
        JsonDocument.Parse(response.Body).RootElement.GetProperty("error").GetString().ShouldBe(error);
    }

    [Fact]
    public void Metadata_ProtectedResourceAndAuthorizationServer_DescribeTheEndpoints()
    {
        var docs = new MetadataDocuments(_f.Options, _f.SigningKey);
        using var resource = JsonDocument.Parse(docs.ProtectedResource().Body);
        resource.RootElement.GetProperty("resource").GetString().ShouldBe("https://localhost:8443/mcp");
        resource.RootElement.GetProperty("authorization_servers")[0].GetString().ShouldBe("https://localhost:8443");
        using var server = JsonDocument.Parse(docs.AuthorizationServer().Body);
        server.RootElement.GetProperty("token_endpoint").GetString().ShouldBe("https://localhost:8443/oauth/token");
        server.RootElement.GetProperty("token_endpoint_auth_signing_alg_values_supported")[0].GetString().ShouldBe("ES256");
        using var jwks = JsonDocument.Parse(docs.Jwks().Body);
        jwks.RootElement.GetProperty("keys")[0].GetProperty("kid").GetString().ShouldBe(TokenSigningKey.KeyId(_f.SigningKey));
        _f.Options.ResourceMetadataUrl.ShouldBe("https://localhost:8443/.well-known/oauth-protected-resource/mcp");
    }

    public void Dispose() => _f.Dispose();
}
