using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SecureMcp.Identity.Http;

namespace SecureMcp.Identity.Tokens;

/// <summary>The discovery documents: RFC 9728 protected-resource metadata, RFC 8414 authorization-server metadata, and the JWKS.</summary>
internal sealed class MetadataDocuments(TokenOptions options, ECDsa signingKey)
{
    /// <summary>The path of the authorization-server metadata under the issuer.</summary>
    public const string AuthorizationServerPath = "/.well-known/oauth-authorization-server";

    /// <summary>The path of the JWKS under the issuer.</summary>
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>GET <see cref="TokenOptions.ResourceMetadataUrl"/>.</summary>
    public EndpointResponse ProtectedResource() => EndpointResponse.Json(200, new JsonObject
    {
        ["resource"] = options.Audience,
        ["authorization_servers"] = new JsonArray(options.Issuer),
        ["bearer_methods_supported"] = new JsonArray("header"),
        ["resource_name"] = "SecureMcp gateway",
        ["tls_client_certificate_bound_access_tokens"] = true,
    }.ToJsonString());

    /// <summary>GET <c>ISSUER/.well-known/oauth-authorization-server</c>.</summary>
    public EndpointResponse AuthorizationServer() => EndpointResponse.Json(200, new JsonObject
    {
        ["issuer"] = options.Issuer,
        ["token_endpoint"] = options.TokenEndpoint,
        ["jwks_uri"] = options.Issuer.TrimEnd('/') + JwksPath,
        ["grant_types_supported"] = new JsonArray("client_credentials"),
        ["response_types_supported"] = new JsonArray(),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt", "tls_client_auth"),
        ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray(Jws.Algorithm),
        ["tls_client_certificate_bound_access_tokens"] = true,
    }.ToJsonString());

    /// <summary>GET <c>ISSUER/.well-known/jwks.json</c>: the public token-signing key.</summary>
    public EndpointResponse Jwks()
    {
        var parameters = signingKey.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url.EncodeToString(parameters.Q.X),
            ["y"] = Base64Url.EncodeToString(parameters.Q.Y),
            ["use"] = "sig",
            ["alg"] = Jws.Algorithm,
            ["kid"] = TokenSigningKey.KeyId(signingKey),
        };
        return EndpointResponse.Json(200, new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString());
    }
}
