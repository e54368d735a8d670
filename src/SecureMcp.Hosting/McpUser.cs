using System.Security.Claims;

namespace SecureMcp.Hosting;

/// <summary>How the endpoint names the user a session is bound to.</summary>
public static class McpUser
{
    /// <summary>The claim that holds the principal id.</summary>
    public const string IdClaim = ClaimTypes.NameIdentifier;

    /// <summary>The principal id of an authenticated user, or null for an anonymous one.</summary>
    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(IdClaim)?.Value : null;
}
