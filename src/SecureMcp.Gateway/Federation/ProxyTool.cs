using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Gateway.Upstreams;

namespace SecureMcp.Gateway.Federation;

/// <summary>A tool of an upstream server offered under its namespaced name; calling it forwards to the upstream.</summary>
/// <remarks>The definition (description, schemas, annotations, icons, meta) is the upstream's, unchanged but for the name.</remarks>
internal sealed class ProxyTool : McpServerTool
{
    private readonly Tool _tool;

    public ProxyTool(UpstreamConnection upstream, Tool upstreamTool, string name)
    {
        Upstream = upstream;
        UpstreamName = upstreamTool.Name;
        UpstreamTool = upstreamTool;
        _tool = new Tool
        {
            Name = name,
            Title = upstreamTool.Title,
            Description = upstreamTool.Description,
            InputSchema = upstreamTool.InputSchema,
            OutputSchema = upstreamTool.OutputSchema,
            Annotations = upstreamTool.Annotations,
            Icons = upstreamTool.Icons,
            Meta = upstreamTool.Meta,
        };
    }

    public UpstreamConnection Upstream { get; }

    /// <summary>The definition exactly as the upstream listed it (for pinning and inspection).</summary>
    public Tool UpstreamTool { get; }

    /// <summary>The tool's name at its upstream.</summary>
    public string UpstreamName { get; }

    public override Tool ProtocolTool => _tool;

    public override IReadOnlyList<object> Metadata => [];

    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Upstream.CallToolAsync(UpstreamName, request.Params?.Arguments, request.Server, request.Params?.ProgressToken, cancellationToken);
    }
}
