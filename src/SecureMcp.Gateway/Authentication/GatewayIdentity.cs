using System.Security.Claims;
using SecureMcp.Core.Identity;
using SecureMcp.Hosting;

namespace SecureMcp.Gateway.Authentication;

/// <summary>The claims identity that carries an authenticated <see cref="Core.Identity.Principal"/> through ASP.NET Core and the MCP SDK.</summary>
internal sealed class GatewayIdentity : ClaimsIdentity
{
    public GatewayIdentity(Principal principal)
        : base([new Claim(McpUser.IdClaim, principal.Id), .. principal.Roles.Select(r => new Claim(ClaimTypes.Role, r))], principal.Scheme)
    {
        Principal = principal;
    }

    public Principal Principal { get; }

    public static ClaimsPrincipal ToClaimsPrincipal(Principal principal) => new(new GatewayIdentity(principal));

    public static Principal? FromClaimsPrincipal(ClaimsPrincipal? user) =>
        user?.Identities.OfType<GatewayIdentity>().FirstOrDefault()?.Principal;
}
