using System.Text.Json;
using ModelContextProtocol;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>Tells whether two catalogs differ, by their JSON form.</summary>
internal static class CatalogComparer
{
    public static bool Same(UpstreamCatalog a, UpstreamCatalog b) =>
        ReferenceEquals(a, b) || string.Equals(Serialize(a), Serialize(b), StringComparison.Ordinal);

    private static string Serialize(UpstreamCatalog catalog) =>
        JsonSerializer.Serialize(new object[] { catalog.Tools, catalog.Resources, catalog.ResourceTemplates, catalog.Prompts }, McpJsonUtilities.DefaultOptions);
}
