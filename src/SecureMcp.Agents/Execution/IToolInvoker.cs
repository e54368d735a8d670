using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Agents.Execution;

/// <summary>Calls a tool; in production an MCP client of the gateway.</summary>
public interface IToolInvoker
{
    /// <summary>Calls <paramref name="tool"/> with <paramref name="arguments"/>.</summary>
    ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken);
}
