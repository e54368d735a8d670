using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;
using SecureMcp.Gateway.Diagnostics;
using SecureMcp.Gateway.Upstreams;

namespace SecureMcp.Gateway.Federation;

/// <summary>The union of every healthy upstream's tools, resources and prompts, under namespaced names.</summary>
/// <remarks>
/// Tools and prompts are named <c>server__name</c>, so two servers never collide. Resource URIs are kept as they are
/// (clients and content refer to them); a URI offered by two upstreams goes to the first, and the clash is logged.
/// The collections are shared by every downstream session, so a change reaches each client as one list_changed.
/// </remarks>
internal sealed class FederatedCatalog
{
    /// <summary>Separates the server name from the upstream's own name.</summary>
    public const string Separator = "__";

    private readonly ILogger _logger;
    private readonly object _gate = new();

    public FederatedCatalog(ILogger<FederatedCatalog> logger) => _logger = logger;

    public McpServerPrimitiveCollection<McpServerTool> Tools { get; } = new(StringComparer.Ordinal);

    public McpServerResourceCollection Resources { get; } = new();

    public McpServerPrimitiveCollection<McpServerPrompt> Prompts { get; } = new(StringComparer.Ordinal);

    public static string Namespaced(string server, string name) => server + Separator + name;

    private static string NameFor(UpstreamConnection upstream, string name) =>
        upstream.Config.PrefixNames ? Namespaced(upstream.Name, name) : name;

    /// <summary>Replaces everything one upstream offers with its current catalog (empty when it is down).</summary>
    public void Update(UpstreamConnection upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        var catalog = upstream.Catalog;
        lock (_gate)
        {
            using (Tools.DeferChangedEvents())
            {
                foreach (var stale in Tools.OfType<ProxyTool>().Where(t => t.Upstream == upstream).ToList())
                {
                    Tools.Remove(stale);
                }

                foreach (var tool in catalog.Tools)
                {
                    if (!Tools.TryAdd(new ProxyTool(upstream, tool, NameFor(upstream, tool.Name))))
                    {
                        Log.NameCollision(_logger, upstream.Name, tool.Name);
                    }
                }
            }

            using (Prompts.DeferChangedEvents())
            {
                foreach (var stale in Prompts.OfType<ProxyPrompt>().Where(p => p.Upstream == upstream).ToList())
                {
                    Prompts.Remove(stale);
                }

                foreach (var prompt in catalog.Prompts)
                {
                    if (!Prompts.TryAdd(new ProxyPrompt(upstream, prompt, NameFor(upstream, prompt.Name))))
                    {
                        Log.NameCollision(_logger, upstream.Name, prompt.Name);
                    }
                }
            }

            using (Resources.DeferChangedEvents())
            {
                foreach (var stale in Resources.OfType<ProxyResource>().Where(r => r.Upstream == upstream).ToList())
                {
                    Resources.Remove(stale);
                }

                foreach (var resource in catalog.Resources)
                {
                    AddResource(upstream, ProxyResource.ForResource(upstream, resource, NameFor(upstream, resource.Name)));
                }

                foreach (var template in catalog.ResourceTemplates)
                {
                    AddResource(upstream, ProxyResource.ForTemplate(upstream, template, NameFor(upstream, template.Name)));
                }
            }
        }
    }

    /// <summary>Finds the tool behind a namespaced name, exactly (names are case-sensitive).</summary>
    public ProxyTool? FindTool(string name) => Tools.TryGetPrimitive(name, out var tool) ? tool as ProxyTool : null;

    /// <summary>Finds the resource that serves a URI.</summary>
    public ProxyResource? FindResource(string uri)
    {
        if (Resources.TryGetPrimitive(uri, out var exact) && !exact.IsTemplated)
        {
            return exact as ProxyResource;
        }

        return Resources.OfType<ProxyResource>().FirstOrDefault(r => r.IsTemplated && r.IsMatch(uri));
    }

    /// <summary>Finds a resource or template by its URI template (as completion references name them), or by a URI it serves.</summary>
    public ProxyResource? FindResourceOrTemplate(string uriOrTemplate) =>
        Resources.TryGetPrimitive(uriOrTemplate, out var exact) ? exact as ProxyResource : FindResource(uriOrTemplate);

    /// <summary>Finds the prompt behind a namespaced name.</summary>
    public ProxyPrompt? FindPrompt(string name) => Prompts.TryGetPrimitive(name, out var prompt) ? prompt as ProxyPrompt : null;

    private void AddResource(UpstreamConnection upstream, ProxyResource resource)
    {
        if (!Resources.TryAdd(resource))
        {
            Log.ResourceCollision(_logger, upstream.Name, resource.ProtocolResourceTemplate.UriTemplate);
        }
    }
}
