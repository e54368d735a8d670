using ModelContextProtocol.Protocol;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>What one upstream offers at one moment. Empty while it is down.</summary>
internal sealed record UpstreamCatalog(
    IReadOnlyList<Tool> Tools,
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<ResourceTemplate> ResourceTemplates,
    IReadOnlyList<Prompt> Prompts)
{
    public static UpstreamCatalog Empty { get; } = new([], [], [], []);
}
