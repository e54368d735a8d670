using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SecureMcp.Identity.Http;
using SecureMcp.Identity.Tokens;

namespace SecureMcp.Gateway.Identity;

/// <summary>The OAuth routes: the token endpoint and the metadata documents MCP clients use to discover it.</summary>
internal static class IdentityRoutes
{
    public static void MapIdentity(this IEndpointRouteBuilder app, IdentityModule identity)
    {
        if (identity.TokenEndpoint is not { } endpoint || identity.Metadata is not { } metadata || identity.TokenOptions is not { } options)
        {
            return;
        }

        app.MapPost(options.TokenPath, async (HttpContext http) =>
        {
            if (!http.Request.HasFormContentType)
            {
                await WriteAsync(http, EndpointResponse.Json(400, """{"error":"invalid_request","error_description":"use application/x-www-form-urlencoded"}""", noStore: true));
                return;
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            var certificate = await http.Connection.GetClientCertificateAsync(http.RequestAborted);
            await WriteAsync(http, endpoint.Handle(fields, certificate));
        });
        app.MapGet(new Uri(options.ResourceMetadataUrl).AbsolutePath, (HttpContext http) => WriteAsync(http, metadata.ProtectedResource()));
        app.MapGet(MetadataDocuments.AuthorizationServerPath, (HttpContext http) => WriteAsync(http, metadata.AuthorizationServer()));
        app.MapGet(MetadataDocuments.JwksPath, (HttpContext http) => WriteAsync(http, metadata.Jwks()));
    }

    private static async Task WriteAsync(HttpContext http, EndpointResponse response)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        await http.Response.WriteAsync(response.Body, http.RequestAborted);
    }
}
