using SecureMcp.Gateway.Federation;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Model;

namespace SecureMcp.Gateway.Authorization;

/// <summary>Tells the policy engine what a target is: its server, annotations and (once rated) risk.</summary>
/// <remarks>Returns null for a target the catalog does not have, which the policy answers as unknown.</remarks>
internal sealed class CatalogAttributes(FederatedCatalog catalog, Func<string, RiskLevel?>? riskOf = null) : IToolAttributesSource
{
    public ToolAttributes? Describe(TargetKind kind, string name) => kind switch
    {
        TargetKind.Tool when catalog.FindTool(name) is { } tool => ToolAttributes.FromTool(tool.Upstream.Name, tool.UpstreamTool, riskOf?.Invoke(name)),
        TargetKind.Prompt when catalog.FindPrompt(name) is { } prompt => ToolAttributes.ReadOnlyOf(prompt.Upstream.Name),
        TargetKind.Resource when catalog.FindResourceOrTemplate(name) is { } resource => ToolAttributes.ReadOnlyOf(resource.Upstream.Name),
        _ => null,
    };
}
