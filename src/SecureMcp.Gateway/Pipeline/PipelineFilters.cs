using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Core.Identity;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Authentication;
using SecureMcp.Hosting;

namespace SecureMcp.Gateway.Pipeline;

/// <summary>Registers the security pipeline as the outermost MCP request filter of every operation it guards.</summary>
/// <remarks>This is the one place where MCP requests meet the pipeline; transports never call stages directly.</remarks>
internal sealed class PipelineFilters(SecurityPipeline pipeline, TimeProvider time)
{
    /// <summary>Adds the filters at position 0 so they wrap everything else.</summary>
    /// <param name="options">The server options of one downstream session.</param>
    /// <param name="sessionPrincipal">The principal of the session, used when a message carries no user (stdio).</param>
    /// <param name="transport">The downstream transport name, for audit.</param>
    public void Register(McpServerOptions options, Principal? sessionPrincipal, string transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = options.Filters.Request;
        filters.CallToolFilters.Insert(0, Wrap<CallToolRequestParams, CallToolResult>(McpOperation.CallTool, p => p?.Name, p => ToElement(p?.Arguments), sessionPrincipal, transport));
        filters.ListToolsFilters.Insert(0, Wrap<ListToolsRequestParams, ListToolsResult>(McpOperation.ListTools, _ => null, _ => null, sessionPrincipal, transport));
        filters.ReadResourceFilters.Insert(0, Wrap<ReadResourceRequestParams, ReadResourceResult>(McpOperation.ReadResource, p => p?.Uri, _ => null, sessionPrincipal, transport));
        filters.ListResourcesFilters.Insert(0, Wrap<ListResourcesRequestParams, ListResourcesResult>(McpOperation.ListResources, _ => null, _ => null, sessionPrincipal, transport));
        filters.ListResourceTemplatesFilters.Insert(0, Wrap<ListResourceTemplatesRequestParams, ListResourceTemplatesResult>(McpOperation.ListResourceTemplates, _ => null, _ => null, sessionPrincipal, transport));
        filters.GetPromptFilters.Insert(0, Wrap<GetPromptRequestParams, GetPromptResult>(McpOperation.GetPrompt, p => p?.Name, p => ToElement(p?.Arguments), sessionPrincipal, transport));
        filters.CompleteFilters.Insert(0, Wrap<CompleteRequestParams, CompleteResult>(McpOperation.Complete, p => p?.Ref switch { PromptReference r => r.Name, ResourceTemplateReference r => r.Uri, _ => null }, _ => null, sessionPrincipal, transport));
        filters.ListPromptsFilters.Insert(0, Wrap<ListPromptsRequestParams, ListPromptsResult>(McpOperation.ListPrompts, _ => null, _ => null, sessionPrincipal, transport));
    }

    private McpRequestFilter<TParams, TResult> Wrap<TParams, TResult>(
        McpOperation operation,
        Func<TParams?, string?> target,
        Func<TParams?, JsonElement?> arguments,
        Principal? sessionPrincipal,
        string transport)
        where TResult : Result
        => next => async (request, cancellationToken) =>
        {
            var context = new GatewayCallContext(
                operation,
                target(request.Params),
                GatewayIdentity.FromClaimsPrincipal(request.User) ?? sessionPrincipal,
                time.GetTimestamp())
            {
                Arguments = arguments(request.Params),
                SessionId = request.Server.SessionId,
                Transport = transport,
                ProtocolVersion = request.Server.NegotiatedProtocolVersion,
            };
            if (request.JsonRpcRequest?.Context?.Items is { } items && items.TryGetValue(McpHttpEndpoint.SourceAddressItem, out var address))
            {
                context.Items[McpHttpEndpoint.SourceAddressItem] = address;
            }

            try
            {
                var result = await pipeline.RunAsync(context, async (_, ct) => await next(request, ct), cancellationToken);
                return (TResult)result;
            }
            catch (CallDeniedException denied)
            {
                throw new McpProtocolException(denied.Message, (McpErrorCode)denied.ErrorCode);
            }
        };

    private static JsonElement? ToElement(IDictionary<string, JsonElement>? arguments) =>
        arguments is null ? null : JsonSerializer.SerializeToElement(arguments, McpJsonUtilities.DefaultOptions);
}
