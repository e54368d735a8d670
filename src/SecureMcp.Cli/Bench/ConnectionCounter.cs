using System.Net.Sockets;

namespace SecureMcp.Cli.Bench;

/// <summary>Counts the TCP connections that HTTP handlers open and the requests they send, to show which clients reuse connections.</summary>
internal sealed class ConnectionCounter
{
    private long _count;
    private long _requests;

    public long Count => Interlocked.Read(ref _count);

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Counts one HTTP request (called by <see cref="RequestCountingHandler"/>).</summary>
    public void OnRequest() => Interlocked.Increment(ref _requests);

    /// <summary>Makes <paramref name="handler"/> open its sockets here, counting each one.</summary>
    public void Attach(SocketsHttpHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            Interlocked.Increment(ref _count);
            return new NetworkStream(socket, ownsSocket: true);
        };
    }
}
