using System.Security.Claims;

namespace SecureMcp.Hosting;

/// <summary>What a server-options factory knows when a new MCP server is created for a session or a request.</summary>
/// <param name="User">The authenticated user of the HTTP request.</param>
/// <param name="SessionId">The new session id, or null for a stateless request.</param>
/// <param name="ProtocolVersion">The <c>MCP-Protocol-Version</c> header, if sent.</param>
public sealed record McpSessionRequest(ClaimsPrincipal User, string? SessionId, string? ProtocolVersion);
