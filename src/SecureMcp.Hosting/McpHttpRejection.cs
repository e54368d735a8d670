namespace SecureMcp.Hosting;

/// <summary>A request the endpoint refused before it reached the MCP server, reported for audit.</summary>
/// <param name="StatusCode">The HTTP status answered.</param>
/// <param name="JsonRpcCode">The JSON-RPC error code in the body.</param>
/// <param name="Reason">The message sent to the client.</param>
/// <param name="UserId">The authenticated user, if any.</param>
/// <param name="SessionId">The session id the request named, if any.</param>
/// <param name="Method">The JSON-RPC method, when the body could be parsed.</param>
public sealed record McpHttpRejection(int StatusCode, int JsonRpcCode, string Reason, string? UserId, string? SessionId, string? Method);
