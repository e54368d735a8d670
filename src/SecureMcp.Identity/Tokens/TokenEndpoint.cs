using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Http;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Identity.Tokens;

/// <summary>
/// The OAuth 2.1 token endpoint for the client-credentials grant. The client proves possession of its certificate key
/// by a <c>private_key_jwt</c> assertion (RFC 7523) or by TLS client authentication (RFC 8705 <c>tls_client_auth</c>),
/// and the token is bound to the TLS certificate (<c>cnf.x5t#S256</c>) whenever one was presented.
/// </summary>
internal sealed class TokenEndpoint(
    TokenIssuer issuer,
    ClientAssertionValidator assertions,
    CertificateValidator certificates,
    TokenOptions options,
    ISecurityEventSink sink,
    TimeProvider time)
{
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly SecurityEventReporter _events = new(sink, time, "token-endpoint");

    /// <summary>Handles one POST with form fields <paramref name="form"/> over a connection that presented <paramref name="clientCertificate"/>.</summary>
    public EndpointResponse Handle(IReadOnlyDictionary<string, string> form, X509Certificate2? clientCertificate)
    {
        ArgumentNullException.ThrowIfNull(form);
        var grant = form.GetValueOrDefault("grant_type");
        if (string.IsNullOrEmpty(grant))
        {
            return Error(400, "invalid_request", "grant_type is required");
        }

        if (grant != "client_credentials")
        {
            return Error(400, "unsupported_grant_type", "only client_credentials is supported");
        }

        var clientId = form.GetValueOrDefault("client_id");
        Principal principal;
        if (form.TryGetValue("client_assertion_type", out var assertionType) || form.ContainsKey("client_assertion"))
        {
            if (assertionType != JwtBearerAssertionType || !form.TryGetValue("client_assertion", out var assertion))
            {
                return Error(400, "invalid_request", $"client_assertion_type must be {JwtBearerAssertionType} with a client_assertion");
            }

            var verdict = assertions.Validate(assertion, clientId);
            if (verdict.Principal is null)
            {
                return Error(401, "invalid_client", verdict.Failure!);
            }

            principal = verdict.Principal;
        }
        else if (clientCertificate is not null)
        {
            var verdict = certificates.Validate(clientCertificate, CertificateUse.ClientAuth);
            if (verdict.Principal is null)
            {
                return Error(401, "invalid_client", verdict.Failure!);
            }

            if (clientId is null || clientId != verdict.Principal.Id)
            {
                _events.Report(IdentityEventKinds.ClientAssertionRejected, SecuritySeverity.High, clientId, options.TokenEndpoint,
                    "sha256=" + verdict.Thumbprint, "client_id does not match the TLS client certificate");
                return Error(401, "invalid_client", "client_id must match the TLS client certificate's principal");
            }

            principal = verdict.Principal;
        }
        else
        {
            return Error(401, "invalid_client", "authenticate with private_key_jwt or a TLS client certificate");
        }

        // Bind to the TLS certificate only when it is the client's own (the assertion's principal).
        string? confirmation = null;
        if (clientCertificate is not null && certificates.Validate(clientCertificate, CertificateUse.ClientAuth).Principal?.Id == principal.Id)
        {
            confirmation = CertificateConfirmation.Thumbprint(clientCertificate);
        }

        var token = issuer.Issue(new AccessTokenClaims(principal.Id, principal.Roles,
            principal.Attributes.GetValueOrDefault("capabilities", "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            principal.Attributes["certificate.serial"], confirmation));
        _events.Report(IdentityEventKinds.TokenIssued, SecuritySeverity.Info, principal.Id, options.Audience,
            $"jti={token.JwtId} bound={(confirmation is not null ? "x5t#S256" : "none")}", "access token issued");
        var body = new JsonObject
        {
            ["access_token"] = token.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)(token.ExpiresAt - time.GetUtcNow()).TotalSeconds,
        };
        return EndpointResponse.Json(200, body.ToJsonString(), noStore: true);
    }

    private static EndpointResponse Error(int status, string error, string description) =>
        EndpointResponse.Json(status, new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString(), noStore: true);
}
