using System.Text.RegularExpressions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Gateway.Upstreams;

namespace SecureMcp.Gateway.Federation;

/// <summary>A resource or resource template of an upstream server. URIs are kept as the upstream gave them.</summary>
internal sealed class ProxyResource : McpServerResource
{
    private readonly ResourceTemplate _template;
    private readonly Resource? _resource;
    private readonly Regex? _pattern;

    private ProxyResource(UpstreamConnection upstream, ResourceTemplate template, Resource? resource)
    {
        Upstream = upstream;
        _template = template;
        _resource = resource;
        _pattern = resource is null ? UriTemplatePattern.Compile(template.UriTemplate) : null;
    }

    public UpstreamConnection Upstream { get; }

    public override ResourceTemplate ProtocolResourceTemplate => _template;

    public override Resource? ProtocolResource => _resource;

    public override IReadOnlyList<object> Metadata => [];

    public static ProxyResource ForResource(UpstreamConnection upstream, Resource resource, string name) =>
        new(upstream, Template(resource.Uri, name, resource.Title, resource.Description, resource.MimeType, resource.Annotations, resource.Icons, resource.Meta),
            new Resource
            {
                Uri = resource.Uri,
                Name = name,
                Title = resource.Title,
                Description = resource.Description,
                MimeType = resource.MimeType,
                Size = resource.Size,
                Annotations = resource.Annotations,
                Icons = resource.Icons,
                Meta = resource.Meta,
            });

    public static ProxyResource ForTemplate(UpstreamConnection upstream, ResourceTemplate template, string name) =>
        new(upstream, Template(template.UriTemplate, name, template.Title, template.Description, template.MimeType, template.Annotations, template.Icons, template.Meta), null);

    public override bool IsMatch(string uri) =>
        _pattern is null ? string.Equals(uri, _template.UriTemplate, StringComparison.Ordinal) : _pattern.IsMatch(uri);

    public override ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Upstream.ReadResourceAsync(request.Params!.Uri, request.Server, cancellationToken);
    }

    private static ResourceTemplate Template(string uriTemplate, string name, string? title, string? description, string? mimeType,
        Annotations? annotations, IList<Icon>? icons, System.Text.Json.Nodes.JsonObject? meta) => new()
    {
        UriTemplate = uriTemplate,
        Name = name,
        Title = title,
        Description = description,
        MimeType = mimeType,
        Annotations = annotations,
        Icons = icons,
        Meta = meta,
    };
}
