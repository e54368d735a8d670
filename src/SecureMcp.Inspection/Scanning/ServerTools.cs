using ModelContextProtocol.Protocol;

namespace SecureMcp.Inspection.Scanning;

/// <summary>The tool list of one MCP server, as <c>tools/list</c> returned it.</summary>
/// <param name="Server">The server's name.</param>
/// <param name="Tools">Its tools.</param>
public sealed record ServerTools(string Server, IReadOnlyList<Tool> Tools);
