using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Events;
using SecureMcp.Core.Identity;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Gateway.Operators;

namespace SecureMcp.Gateway.Admin;

/// <summary>The operator REST API under <c>/admin</c>. Every route needs a principal with the <c>operator</c> role, except sign-in and sign-out.</summary>
/// <remarks>Each call is audited as kind <c>admin</c>; refusals too.</remarks>
internal static class AdminApi
{
    public const string OperatorRole = "operator";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder app, SecureGateway gateway, AuthenticationGate gate, Func<int> sessions)
    {
        if (gateway.Identity?.Operators is { } operators)
        {
            // Mapped outside the group: signing in needs no credentials, and logout checks only the session token.
            app.MapOperatorLogin(gateway, operators, app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OperatorLoginRoutes)));
        }

        var group = app.MapGroup("/admin");
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!await gate.TryAuthenticateAsync(http))
            {
                return Results.Empty;
            }

            var principal = GatewayIdentity.FromClaimsPrincipal(http.User)!;
            if (!IsOperator(principal))
            {
                await gateway.Auditor.EventAsync("admin", principal.Id, http.Request.Path, "denied", "the operator role is required");
                await gateway.Events.PublishAsync(new SecurityEvent(OperatorEventKinds.AdminForbidden, SecuritySeverity.Medium, principal.Id,
                    http.Request.Path, "admin-api", "scheme=" + principal.Scheme, "the operator role is required", gateway.Time.GetUtcNow()));
                return Results.Json(new { error = "forbidden: the operator role is required" }, statusCode: StatusCodes.Status403Forbidden);
            }

            var result = await next(context);
            await gateway.Auditor.EventAsync("admin", principal.Id, $"{http.Request.Method} {http.Request.Path}", "ok", null);
            return result;
        });

        group.MapGet("/health", () => Results.Json(gateway.Health(sessions()), Json));
        group.MapGet("/audit", async (long? after, int? limit, CancellationToken ct) =>
        {
            var take = Math.Clamp(limit ?? 100, 1, 1000);
            var records = new List<AuditRecord>(take);
            await foreach (var record in gateway.AuditStore.ReadAsync(after ?? 0, ct))
            {
                records.Add(record);
                if (records.Count == take)
                {
                    break;
                }
            }

            return Results.Json(records, Json);
        });
        group.MapGet("/audit/verify", async (CancellationToken ct) =>
        {
            await gateway.AuditStore.FlushAsync(ct);
            var records = new List<AuditRecord>();
            await foreach (var record in gateway.AuditStore.ReadAsync(0, ct))
            {
                records.Add(record);
            }

            return Results.Json(AuditChain.Verify(records), Json);
        });
        if (gateway.Policy is { } policy)
        {
            group.MapPolicyAdmin(policy);
        }

        return group;
    }

    /// <summary>True if the principal may use the admin API.</summary>
    public static bool IsOperator(Principal principal) => principal.Roles.Contains(OperatorRole, StringComparer.Ordinal);
}
