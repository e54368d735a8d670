using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Gateway.Authorization;
using SecureMcp.Policy.Incidents;

namespace SecureMcp.Gateway.Admin;

/// <summary>Operator routes for authorization: approvals, quarantines, incidents, tightened limits, policy reload state.</summary>
internal static class PolicyAdminApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapPolicyAdmin(this RouteGroupBuilder admin, PolicyModule policy)
    {
        admin.MapGet("/policy", () => Results.Json(new
        {
            lastReload = policy.Store.LastReload.Summary,
            at = policy.Store.LastReload.At,
        }, Json));
        admin.MapGet("/approvals", () => Results.Json(policy.Approvals.Pending(), Json));
        admin.MapPost("/approvals/{id}/approve", (string id, string? note, HttpContext http) =>
            policy.Approvals.Approve(id, Operator(http), note) ? Results.Ok(new { id, status = "approved" }) : Results.NotFound(new { error = $"no pending approval '{id}'" }));
        admin.MapPost("/approvals/{id}/reject", (string id, string? reason, HttpContext http) =>
            policy.Approvals.Reject(id, Operator(http), reason) ? Results.Ok(new { id, status = "rejected" }) : Results.NotFound(new { error = $"no pending approval '{id}'" }));
        admin.MapGet("/quarantine", () => Results.Json(policy.Quarantine.List(), Json));
        admin.MapPost("/quarantine/{kind}/{subject}/release", async (string kind, string subject, string? note, HttpContext http) =>
        {
            if (!Enum.TryParse<QuarantineKind>(kind, ignoreCase: true, out var parsed))
            {
                return Results.BadRequest(new { error = "kind must be principal, tool or upstream" });
            }

            return await policy.Quarantine.ReleaseAsync(parsed, subject, Operator(http), note)
                ? Results.Ok(new { kind = parsed.ToString().ToLowerInvariant(), subject, status = "released" })
                : Results.NotFound(new { error = $"{kind} '{subject}' is not quarantined" });
        });
        admin.MapGet("/incidents", () => Results.Json(policy.Incidents.Incidents(), Json));
        admin.MapGet("/ratelimits/tightened", () => Results.Json(policy.RateLimits.Tightened(), Json));
    }

    private static string Operator(HttpContext http) => GatewayIdentity.FromClaimsPrincipal(http.User)?.Id ?? "operator";
}
