using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace SecureMcp.Gateway.Federation;

/// <summary>Answers <c>completion/complete</c> by asking the upstream that owns the referenced prompt or resource template.</summary>
internal sealed class CompletionForwarder(FederatedCatalog catalog)
{
    public ValueTask<CompleteResult> CompleteAsync(RequestContext<CompleteRequestParams> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Params ?? throw new McpProtocolException("completion/complete needs params", McpErrorCode.InvalidParams);
        switch (parameters.Ref)
        {
            case PromptReference { Name: { } name } when catalog.FindPrompt(name) is { } proxy:
                return proxy.Upstream.CompleteAsync(
                    new CompleteRequestParams { Ref = new PromptReference { Name = proxy.UpstreamName }, Argument = parameters.Argument, Context = parameters.Context, Meta = parameters.Meta },
                    request.Server, cancellationToken);
            case ResourceTemplateReference { Uri: { } uri } when catalog.FindResourceOrTemplate(uri) is { } owner:
                return owner.Upstream.CompleteAsync(parameters, request.Server, cancellationToken);
            default:
                throw new McpProtocolException($"Unknown completion reference: {Describe(parameters.Ref)}", McpErrorCode.InvalidParams);
        }
    }

    private static string Describe(Reference? reference) => reference switch
    {
        PromptReference p => $"prompt '{p.Name}'",
        ResourceTemplateReference r => $"resource '{r.Uri}'",
        _ => "none",
    };
}
