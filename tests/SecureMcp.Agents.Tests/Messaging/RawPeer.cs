using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using SecureMcp.Agents.Messaging;
using SecureMcp.Identity.Channel;
using SecureMcp.Identity.Mtls;

namespace SecureMcp.Agents.Tests.Messaging;

/// <summary>An attacker's view of a peer endpoint: a bare socket that writes whatever bytes it likes, with or without a channel.</summary>
internal sealed class RawPeer : IDisposable
{
    private readonly TcpClient _client = new() { NoDelay = true };

    private RawPeer()
    {
    }

    public NetworkStream Stream => _client.GetStream();

    public SecureChannel? Channel { get; private set; }

    public static async Task<RawPeer> ConnectAsync(IPEndPoint endpoint)
    {
        var peer = new RawPeer();
        await peer._client.ConnectAsync(endpoint);
        return peer;
    }

    /// <summary>Runs the initiator side of the handshake with <paramref name="certificate"/>; false if the endpoint hung up.</summary>
    public async Task<bool> HandshakeAsync(X509Certificate2 certificate, CertificateValidator validator, RecordingSink sink)
    {
        using var initiator = new ChannelInitiator(new ChannelCredentials(certificate, validator, new SecureChannelOptions(), sink, TimeProvider.System), null);
        await WriteFrameAsync(initiator.CreateHello());
        var serverHello = await ReadFrameAsync();
        if (serverHello is null)
        {
            return false;
        }

        Channel = initiator.Complete(serverHello, out var finished);
        await WriteFrameAsync(finished);
        return true;
    }

    public Task WriteFrameAsync(byte[] payload)
    {
        var frame = new byte[4 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, payload.Length);
        payload.CopyTo(frame, 4);
        return Stream.WriteAsync(frame).AsTask();
    }

    /// <summary>The next frame, or null once the endpoint has closed the connection.</summary>
    public async Task<byte[]?> ReadFrameAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await PeerFrames.ReadAsync(Stream, 1 << 24, timeout.Token);
        }
        catch (IOException)
        {
            return null; // reset by the endpoint
        }
    }

    public void Dispose()
    {
        Channel?.Dispose();
        _client.Dispose();
    }
}
