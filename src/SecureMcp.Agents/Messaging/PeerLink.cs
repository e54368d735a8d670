using System.Net.Sockets;
using SecureMcp.Identity.Channel;

namespace SecureMcp.Agents.Messaging;

/// <summary>An open channel to a peer, from the connecting side: send a request, read its reply.</summary>
internal sealed class PeerLink(TcpClient client, SecureChannel channel, PeerMessagingOptions options, TimeProvider time) : IDisposable
{
    /// <summary>The authenticated channel (its <see cref="SecureChannel.Peer"/> and <see cref="SecureChannel.PeerCertificate"/>).</summary>
    public SecureChannel Channel => channel;

    public async Task<PeerMessage> RequestAsync(PeerMessage request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var stream = client.GetStream();
        await PeerFrames.WriteAsync(stream, channel.Seal(PeerJson.Serialize(request)), options.MaxFrameBytes, linked.Token);
        var record = await PeerFrames.ReadAsync(stream, options.MaxFrameBytes, linked.Token)
                     ?? throw new IOException($"{channel.Peer.Id} closed the connection without a reply (it refused the channel or the record)");
        return PeerJson.TryParse(channel.Open(record)) ?? throw new IOException($"{channel.Peer.Id} sent a reply that is not a peer message");
    }

    public void Dispose()
    {
        channel.Dispose();
        client.Dispose();
    }
}
