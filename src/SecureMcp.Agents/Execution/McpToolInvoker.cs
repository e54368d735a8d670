using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Agents.Execution;

/// <summary>Calls tools through an MCP client of the gateway.</summary>
public sealed class McpToolInvoker(McpClient client) : IToolInvoker
{
    /// <inheritdoc />
    public ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var args = arguments.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        return client.CallToolAsync(tool, args, cancellationToken: cancellationToken);
    }
}
