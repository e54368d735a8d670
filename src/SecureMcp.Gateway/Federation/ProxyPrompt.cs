using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Gateway.Upstreams;

namespace SecureMcp.Gateway.Federation;

/// <summary>A prompt of an upstream server offered under its namespaced name.</summary>
internal sealed class ProxyPrompt : McpServerPrompt
{
    private readonly Prompt _prompt;

    public ProxyPrompt(UpstreamConnection upstream, Prompt upstreamPrompt, string name)
    {
        Upstream = upstream;
        UpstreamName = upstreamPrompt.Name;
        _prompt = new Prompt
        {
            Name = name,
            Title = upstreamPrompt.Title,
            Description = upstreamPrompt.Description,
            Arguments = upstreamPrompt.Arguments,
            Icons = upstreamPrompt.Icons,
            Meta = upstreamPrompt.Meta,
        };
    }

    public UpstreamConnection Upstream { get; }

    public string UpstreamName { get; }

    public override Prompt ProtocolPrompt => _prompt;

    public override IReadOnlyList<object> Metadata => [];

    public override ValueTask<GetPromptResult> GetAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Upstream.GetPromptAsync(UpstreamName, request.Params?.Arguments, request.Server, cancellationToken);
    }
}
