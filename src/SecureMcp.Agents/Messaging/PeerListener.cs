using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SecureMcp.Core.Events;

namespace SecureMcp.Agents.Messaging;

/// <summary>Accepts peer connections on a loopback TCP port and serves each on its own task, up to a limit.</summary>
internal sealed class PeerListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly PeerServices _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, byte> _connections = new();
    private readonly Task _accepting;
    private int _active;

    private PeerListener(TcpListener listener, PeerServices services)
    {
        _listener = listener;
        _services = services;
        Endpoint = (IPEndPoint)listener.LocalEndpoint;
        _accepting = AcceptLoopAsync();
    }

    /// <summary>The bound endpoint (with the real port when 0 was asked for).</summary>
    public IPEndPoint Endpoint { get; }

    public static PeerListener Start(PeerServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var listener = new TcpListener(services.Options.Listen);
        listener.Start();
        return new PeerListener(listener, services);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_connections.Keys);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (Interlocked.Increment(ref _active) > _services.Options.MaxConnections)
            {
                Interlocked.Decrement(ref _active);
                var remote = client.Client.RemoteEndPoint?.ToString() ?? "unknown";
                _services.Events.Report(MessagingEventKinds.ConnectionRefused, SecuritySeverity.Medium, null, "peer-endpoint",
                    $"remote={remote} limit={_services.Options.MaxConnections}", "too many peer connections");
                PeerLog.Refused(_services.Logger, remote, "too many peer connections");
                client.Dispose();
                continue;
            }

            client.NoDelay = true;
            var connection = Task.Run(() => new PeerConnection(client, _services).RunAsync(_stop.Token));
            _connections[connection] = 0;
            _ = connection.ContinueWith(done =>
            {
                _connections.TryRemove(done, out _);
                Interlocked.Decrement(ref _active);
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
