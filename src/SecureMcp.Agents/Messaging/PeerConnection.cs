using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Events;

namespace SecureMcp.Agents.Messaging;

/// <summary>One accepted peer connection: the responder side of the handshake, then request/reply over sealed records.</summary>
/// <remarks>
/// Any refusal (a bad handshake, a replayed, tampered or stale record, an oversized frame) closes this connection only:
/// the peer is either attacking or broken, and a stream cannot be resynchronised after a bad frame anyway.
/// </remarks>
internal sealed class PeerConnection(TcpClient client, PeerServices services)
{
    private readonly string _remote = client.Client.RemoteEndPoint?.ToString() ?? "unknown";

    public async Task RunAsync(CancellationToken stop)
    {
        SecureChannel? channel = null;
        try
        {
            var stream = client.GetStream();
            channel = await HandshakeAsync(stream, stop);
            if (channel is not null)
            {
                PeerLog.Opened(services.Logger, channel.Peer.Id, _remote, channel.Algorithm.ToString(), channel.SessionId);
                await ServeAsync(stream, channel, stop);
            }
        }
        catch (FrameTooLargeException ex)
        {
            services.Events.Report(MessagingEventKinds.FrameOversized, SecuritySeverity.High, channel?.Peer.Id, "peer-endpoint",
                $"remote={_remote} length={ex.Length} limit={ex.Limit} stage={(channel is null ? "handshake" : "record")}", ex.Message);
            PeerLog.Refused(services.Logger, _remote, ex.Message);
        }
        catch (SecureChannelException ex)
        {
            PeerLog.Refused(services.Logger, _remote, ex.Message); // the channel has reported it already
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            PeerLog.Closed(services.Logger, _remote, channel?.Peer.Id ?? "unauthenticated", ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            PeerLog.Failed(services.Logger, _remote, ex); // one broken connection must not take the listener down
        }
        finally
        {
            channel?.Dispose();
            client.Dispose();
        }
    }

    private async Task<SecureChannel?> HandshakeAsync(NetworkStream stream, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(services.Options.HandshakeTimeout, services.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        const int max = PeerMessagingOptions.MaxHandshakeFrameBytes;
        try
        {
            var hello = await PeerFrames.ReadAsync(stream, max, linked.Token);
            if (hello is null)
            {
                return null; // connected and left without a word
            }

            using var responder = new ChannelResponder(services.Credentials);
            var serverHello = Guard(() => responder.Respond(hello));
            await PeerFrames.WriteAsync(stream, serverHello, max, linked.Token);
            var finished = await PeerFrames.ReadAsync(stream, max, linked.Token);
            if (finished is null)
            {
                PeerLog.Closed(services.Logger, _remote, "unauthenticated", "the initiator left during the handshake");
                return null;
            }

            return Guard(() => responder.Complete(finished));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            var reason = $"handshake did not complete within {services.Options.HandshakeTimeout.TotalSeconds:0.#} s";
            services.Events.Report(IdentityEventKinds.HandshakeFailed, SecuritySeverity.Medium, null, "channel-handshake", "remote=" + _remote, reason);
            throw new SecureChannelException(reason);
        }
    }

    private async Task ServeAsync(NetworkStream stream, SecureChannel channel, CancellationToken stop)
    {
        while (true)
        {
            byte[]? record;
            using (var idle = new CancellationTokenSource(services.Options.IdleTimeout, services.Time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, idle.Token))
            {
                try
                {
                    record = await PeerFrames.ReadAsync(stream, services.Options.MaxFrameBytes, linked.Token);
                }
                catch (OperationCanceledException) when (idle.IsCancellationRequested && !stop.IsCancellationRequested)
                {
                    PeerLog.Closed(services.Logger, _remote, channel.Peer.Id, "idle");
                    return;
                }
            }

            if (record is null)
            {
                PeerLog.Closed(services.Logger, _remote, channel.Peer.Id, "closed by the peer");
                return;
            }

            var request = PeerJson.TryParse(channel.Open(record));
            PeerMessage reply;
            if (request is null)
            {
                services.Events.Report(MessagingEventKinds.MessageMalformed, SecuritySeverity.Medium, channel.Peer.Id, "channel:" + channel.SessionId,
                    "remote=" + _remote, "an authentic record did not hold a valid peer message");
                reply = PeerMessage.Refusal("message is not a valid peer message");
            }
            else
            {
                reply = services.Handler.Handle(request, channel.Peer);
            }

            await PeerFrames.WriteAsync(stream, channel.Seal(PeerJson.Serialize(reply)), services.Options.MaxFrameBytes, stop);
        }
    }

    /// <summary>The channel library reports what it recognises; anything else a hostile hello can trigger is a malformed handshake.</summary>
    private T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or CryptographicException or KeyNotFoundException
                                       or (InvalidOperationException and not ObjectDisposedException))
        {
            services.Events.Report(IdentityEventKinds.HandshakeFailed, SecuritySeverity.High, null, "channel-handshake",
                $"remote={_remote} error={ex.GetType().Name}", ChannelFailures.HandshakeMalformed);
            throw new SecureChannelException(ChannelFailures.HandshakeMalformed, ex);
        }
    }
}
