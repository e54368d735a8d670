using System.Diagnostics.CodeAnalysis;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Inspection;

namespace SecureMcp.Inspection.Tests.Support;

/// <summary>A catalog view over a dictionary of <c>server__tool</c> names; replacing an entry simulates an upstream change.</summary>
internal sealed class FakeCatalog : IToolCatalogView
{
    public Dictionary<string, (string Server, Tool Tool)> Entries { get; } = new(StringComparer.Ordinal);

    public FakeCatalog Add(string server, Tool tool)
    {
        Entries[server + "__" + tool.Name] = (server, tool);
        return this;
    }

    public bool TryGetTool(string namespacedName, [NotNullWhen(true)] out string? server, [NotNullWhen(true)] out Tool? definition)
    {
        if (Entries.TryGetValue(namespacedName, out var entry))
        {
            (server, definition) = entry;
            return true;
        }

        (server, definition) = (null, null);
        return false;
    }

    public ListToolsResult List() => new()
    {
        Tools = Entries.Select(e => new Tool { Name = e.Key, Description = e.Value.Tool.Description, InputSchema = e.Value.Tool.InputSchema }).ToList(),
    };
}
