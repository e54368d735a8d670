using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Auditing;

namespace SecureMcp.Gateway.Authentication;

/// <summary>Authenticates every HTTP request to the MCP endpoint before MCP parsing; answers 401 with a challenge otherwise.</summary>
/// <remarks>Authenticators are asked in order; the first that recognises its credentials decides.</remarks>
internal sealed class AuthenticationGate(IReadOnlyList<IAuthenticator> authenticators, GatewayAuditor auditor)
{
    public async Task<bool> TryAuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new AuthenticationRequest(headers, context.Connection.RemoteIpAddress, context.Connection.ClientCertificate);
        string? failure = null;
        foreach (var authenticator in authenticators)
        {
            var result = await authenticator.AuthenticateAsync(request, context.RequestAborted);
            if (result.Principal is { } principal)
            {
                context.User = GatewayIdentity.ToClaimsPrincipal(principal);
                return true;
            }

            if (result.Failure is not null)
            {
                failure = $"{authenticator.Scheme}: {result.Failure}";
                break;
            }
        }

        failure ??= "no credentials presented";
        await auditor.EventAsync("auth", "anonymous", "authenticate", "denied", failure,
            target: context.Connection.RemoteIpAddress?.ToString());
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        foreach (var authenticator in authenticators)
        {
            context.Response.Headers.Append("WWW-Authenticate", authenticator.Challenge);
        }

        context.Response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = null,
            ["error"] = new JsonObject { ["code"] = -32001, ["message"] = $"Unauthorized: {failure}" },
        };
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        return false;
    }
}
