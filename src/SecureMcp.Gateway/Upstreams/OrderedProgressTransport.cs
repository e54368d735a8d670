using System.Threading.Channels;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>
/// Wraps an upstream transport so that progress notifications are relayed to the calling client in the order the
/// upstream sent them, and before the response that follows them.
/// </summary>
/// <remarks>
/// The SDK handles each incoming message on its own task, so a relayed notification could otherwise overtake, or be
/// overtaken by, the call's response. Here the reader relays a routed progress notification and waits for the relay
/// before it hands the next message to the SDK.
/// </remarks>
internal sealed class OrderedProgressTransport(IClientTransport inner, ProgressRoutes routes) : IClientTransport
{
    public string Name => inner.Name;

    public async Task<ITransport> ConnectAsync(CancellationToken cancellationToken = default) =>
        new Session(await inner.ConnectAsync(cancellationToken), routes);

    private sealed class Session : ITransport
    {
        private readonly ITransport _inner;
        private readonly ProgressRoutes _routes;
        private readonly Channel<JsonRpcMessage> _messages = Channel.CreateUnbounded<JsonRpcMessage>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        private readonly Task _pump;

        public Session(ITransport inner, ProgressRoutes routes)
        {
            _inner = inner;
            _routes = routes;
            _pump = Task.Run(PumpAsync);
        }

        public string? SessionId => _inner.SessionId;

        public ChannelReader<JsonRpcMessage> MessageReader => _messages.Reader;

        public Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default) =>
            _inner.SendMessageAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await _inner.DisposeAsync();
            await _pump;
        }

        private async Task PumpAsync()
        {
            try
            {
                await foreach (var message in _inner.MessageReader.ReadAllAsync())
                {
                    if (message is JsonRpcNotification { Method: NotificationMethods.ProgressNotification } notification &&
                        _routes.TryForward(notification, out var forwarded))
                    {
                        await Relay(forwarded);
                        continue;
                    }

                    await _messages.Writer.WriteAsync(message);
                }

                _messages.Writer.TryComplete();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _messages.Writer.TryComplete(ex);
            }
        }

        private static async Task Relay(Task forwarded)
        {
            try
            {
                await forwarded;
            }
            catch (Exception ex) when (ex is McpException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The caller went away; its progress has nowhere to go, and the upstream's messages must keep flowing.
            }
        }
    }
}
