using System.Diagnostics.CodeAnalysis;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Inspection;

namespace SecureMcp.Gateway.Federation;

/// <summary>Lets security stages look up the upstream server and original definition behind a namespaced tool name.</summary>
internal sealed class CatalogToolView(FederatedCatalog catalog) : IToolCatalogView
{
    public bool TryGetTool(string namespacedName, [NotNullWhen(true)] out string? server, [NotNullWhen(true)] out Tool? definition)
    {
        if (catalog.FindTool(namespacedName) is { } tool)
        {
            server = tool.Upstream.Name;
            definition = tool.UpstreamTool;
            return true;
        }

        server = null;
        definition = null;
        return false;
    }
}
