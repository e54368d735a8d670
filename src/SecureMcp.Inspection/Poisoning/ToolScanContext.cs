namespace SecureMcp.Inspection.Poisoning;

/// <summary>What a detector knows about the other tools visible next to the one it inspects.</summary>
/// <remarks>Shadowing needs it: naming a tool of another server is suspicious, naming a sibling is normal.</remarks>
internal sealed class ToolScanContext
{
    private static readonly Dictionary<string, HashSet<string>> NoTools = new(StringComparer.OrdinalIgnoreCase);

    public ToolScanContext(string server, string toolName, IReadOnlyDictionary<string, HashSet<string>>? toolServers = null)
    {
        Server = server;
        ToolName = toolName;
        ToolServers = toolServers ?? NoTools;
    }

    /// <summary>The server of the tool being inspected.</summary>
    public string Server { get; }

    /// <summary>The name of the tool being inspected.</summary>
    public string ToolName { get; }

    /// <summary>Every visible tool name (case-insensitive) with the servers that offer it.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> ToolServers { get; }

    /// <summary>True if <paramref name="name"/> is a tool of the same server (a sibling), or the tool itself.</summary>
    public bool IsSibling(string name) =>
        string.Equals(name, ToolName, StringComparison.OrdinalIgnoreCase) ||
        (ToolServers.TryGetValue(name, out var servers) && servers.Contains(Server));

    /// <summary>True if <paramref name="name"/> is a tool offered only by other servers.</summary>
    public bool IsForeignTool(string name) =>
        ToolServers.TryGetValue(name, out var servers) && !servers.Contains(Server);

    /// <summary>Builds the name index of a whole catalog.</summary>
    public static Dictionary<string, HashSet<string>> Index(IEnumerable<(string Server, string Tool)> tools)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (server, tool) in tools)
        {
            if (!index.TryGetValue(tool, out var servers))
            {
                index[tool] = servers = new HashSet<string>(StringComparer.Ordinal);
            }

            servers.Add(server);
        }

        return index;
    }
}
