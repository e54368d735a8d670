using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ConformanceFixture.Tools;

namespace SecureMcp.ConformanceFixture.Handlers;

/// <summary>Request handlers beyond the tool, resource and prompt collections: subscriptions, log level, completion.</summary>
internal static class FixtureHandlers
{
    public static McpServerHandlers Create(ResourceSubscriptions subscriptions) => new()
    {
        SubscribeToResourcesHandler = async (context, cancellationToken) =>
        {
            var uri = RequireUri(context.Params?.Uri);
            subscriptions.Add(uri);
            await FixtureLog.SendAsync(context.Server, LoggingLevel.Info, $"Subscribed to resource: {uri}", cancellationToken);
            return new EmptyResult();
        },
        UnsubscribeFromResourcesHandler = async (context, cancellationToken) =>
        {
            var uri = RequireUri(context.Params?.Uri);
            subscriptions.Remove(uri);
            await FixtureLog.SendAsync(context.Server, LoggingLevel.Info, $"Unsubscribed from resource: {uri}", cancellationToken);
            return new EmptyResult();
        },
        SetLoggingLevelHandler = async (context, cancellationToken) =>
        {
            // The SDK has already stored the level; confirm it the way the reference server does.
            await FixtureLog.SendAsync(context.Server, LoggingLevel.Info, $"Log level set to: {context.Params?.Level}", cancellationToken);
            return new EmptyResult();
        },
        CompleteHandler = (context, _) => ValueTask.FromResult(CompletionCatalog.Complete(context.Params)),
    };

    private static string RequireUri(string? uri) =>
        string.IsNullOrEmpty(uri)
            ? throw new McpProtocolException("Missing required parameter 'uri'", McpErrorCode.InvalidParams)
            : uri;
}
