using System.Net;
using System.Net.Sockets;
using SecureMcp.Identity.Channel;

namespace SecureMcp.Agents.Messaging;

/// <summary>Opens a channel to another agent's peer endpoint: TCP connect, then the initiator side of the handshake.</summary>
internal static class PeerClient
{
    /// <summary>Connects to <paramref name="endpoint"/> and proves both sides; the responder must be <paramref name="expectedPeer"/>.</summary>
    /// <exception cref="SecureChannelException">The responder's certificate or handshake was refused (and reported).</exception>
    public static async Task<PeerLink> ConnectAsync(IPEndPoint endpoint, string expectedPeer, ChannelCredentials credentials,
        PeerMessagingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        const int max = PeerMessagingOptions.MaxHandshakeFrameBytes;
        var client = new TcpClient(endpoint.AddressFamily) { NoDelay = true };
        try
        {
            using var timeout = new CancellationTokenSource(options.RequestTimeout, credentials.Time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            await client.ConnectAsync(endpoint, linked.Token);
            var stream = client.GetStream();
            using var initiator = new ChannelInitiator(credentials, expectedPeer);
            await PeerFrames.WriteAsync(stream, initiator.CreateHello(), max, linked.Token);
            var serverHello = await PeerFrames.ReadAsync(stream, max, linked.Token)
                              ?? throw new IOException($"{endpoint} closed the connection during the handshake (it refused our certificate or hello)");
            var channel = initiator.Complete(serverHello, out var finished);
            try
            {
                await PeerFrames.WriteAsync(stream, finished, max, linked.Token);
            }
            catch
            {
                channel.Dispose();
                throw;
            }

            return new PeerLink(client, channel, options, credentials.Time);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
