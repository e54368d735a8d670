using System.Diagnostics.CodeAnalysis;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Core.Inspection;

/// <summary>Read-only view of the gateway's federated tool catalog, as the inspection stages need it.</summary>
/// <remarks>The gateway implements it over its catalog; inspection never sees the catalog's own types.</remarks>
public interface IToolCatalogView
{
    /// <summary>Finds a tool by the name clients use (for example <c>files__read_file</c>).</summary>
    /// <param name="namespacedName">The name as listed to clients.</param>
    /// <param name="server">The upstream server that owns it.</param>
    /// <param name="definition">The upstream's original definition (its own name, description, schemas, annotations).</param>
    /// <returns>True if the tool is in the catalog.</returns>
    bool TryGetTool(string namespacedName, [NotNullWhen(true)] out string? server, [NotNullWhen(true)] out Tool? definition);
}
