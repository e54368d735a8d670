using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Diagnostics;
using SecureMcp.Gateway.Operators;
using SecureMcp.Hosting;

namespace SecureMcp.Gateway.Admin;

/// <summary><c>POST /admin/login</c> (anonymous: password + TOTP or recovery code → session token) and <c>POST /admin/logout</c>.</summary>
/// <remarks>
/// Every refusal answers 401 with the same body, locked accounts included, so a caller learns neither which factor failed
/// nor whether the account exists; the exact reason goes to the audit chain as a security event.
/// </remarks>
internal static class OperatorLoginRoutes
{
    private const string Refused = "sign-in failed";

    public static void MapOperatorLogin(this IEndpointRouteBuilder app, SecureGateway gateway, OperatorModule operators, ILogger logger)
    {
        app.MapPost("/admin/login", async (HttpContext http) =>
        {
            NoStore(http);
            string? error;
            OperatorLoginRequest? request = null;
            if (!IsJson(http.Request))
            {
                error = "send Content-Type: application/json";
            }
            else if (await BoundedBody.ReadAsync(http, OperatorLoginRequest.MaxBodyBytes) is not { } body)
            {
                error = $"the body is larger than {OperatorLoginRequest.MaxBodyBytes} bytes";
            }
            else
            {
                request = OperatorLoginRequest.Parse(body, out error);
            }

            if (request is null)
            {
                await ReportAsync(gateway, http, OperatorEventKinds.LoginMalformed, SecuritySeverity.Low, error!);
                return Results.Json(new { error = "invalid_request", message = error }, statusCode: StatusCodes.Status400BadRequest);
            }

            var remote = http.Connection.RemoteIpAddress;
            if (!operators.Addresses.TryEnter(remote, out var retryAfter))
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                await ReportAsync(gateway, http, OperatorEventKinds.LoginRateLimited, SecuritySeverity.High,
                    $"too many failed sign-ins from {SignInAddressLimiter.KeyOf(remote)}; refused unchecked for {seconds} s", request.Username);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Results.Json(new { error = "rate_limited", message = "too many failed sign-ins from this address; try again later" },
                    statusCode: StatusCodes.Status429TooManyRequests);
            }

            // The attempt was charged as a failure on the way in; it is forgiven unless it was checked and refused.
            OperatorSignInOutcome outcome;
            try
            {
                outcome = await operators.SignInAsync(request, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                operators.Addresses.Forgive(remote);
                throw;
            }

            if (outcome.Session is not null || outcome.Busy)
            {
                operators.Addresses.Forgive(remote);
            }

            if (outcome.Busy)
            {
                await ReportAsync(gateway, http, OperatorEventKinds.LoginThrottled, SecuritySeverity.Medium, "too many sign-ins at once", request.Username);
                http.Response.Headers.RetryAfter = "5";
                return Results.Json(new { error = "busy", message = "too many sign-ins at once; try again" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (outcome.Session is not { } session)
            {
                Log.OperatorSignInRefused(logger, request.Username, outcome.Refusal!.Failure ?? "refused");
                return Results.Json(new { error = "invalid_credentials", message = Refused }, statusCode: StatusCodes.Status401Unauthorized);
            }

            var method = session.Principal.Attributes.GetValueOrDefault("mfa", "totp");
            await gateway.Auditor.EventAsync("admin", session.Principal.Id, "POST /admin/login", "ok",
                $"signed in with password and {method}; session expires {session.ExpiresAt:O}", sessionId: session.Id);
            Log.OperatorSignedIn(logger, session.Principal.Id, method);
            return Results.Json(new
            {
                token = outcome.Token,
                tokenType = "Bearer",
                expiresAt = session.ExpiresAt,
                expiresIn = (int)operators.Sessions.Lifetime.TotalSeconds,
                username = session.Principal.Id,
                roles = session.Principal.Roles,
                mfa = method,
            });
        });

        app.MapPost("/admin/logout", async (HttpContext http) =>
        {
            NoStore(http);
            var authorization = http.Request.Headers.Authorization.ToString();
            var token = OperatorSessionAuthenticator.TokenOf(authorization);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = authorization };
            var result = token is null ? null : await operators.Authenticator.AuthenticateAsync(new AuthenticationRequest(headers, null, null), http.RequestAborted);
            if (result?.Principal is not { } principal)
            {
                if (token is null)
                {
                    await ReportAsync(gateway, http, OperatorEventKinds.SessionRejected, SecuritySeverity.Low, "logout without an operator session token");
                }

                return Results.Json(new { error = "unauthorized", message = "send the session token as Authorization: Bearer smo_…" },
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            var ended = operators.Sessions.Revoke(token!);
            await gateway.Auditor.EventAsync("admin", principal.Id, "POST /admin/logout", "ok", "session revoked", sessionId: ended?.Id);
            return Results.Json(new { status = "signed out" });
        });
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    private static ValueTask ReportAsync(SecureGateway gateway, HttpContext http, string kind, SecuritySeverity severity, string reason, string? principal = null) =>
        gateway.Events.PublishAsync(new SecurityEvent(kind, severity, principal, http.Request.Path, "operator-login",
            "remote=" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), reason, gateway.Time.GetUtcNow()));
}
