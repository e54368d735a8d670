using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace SecureMcp.IntegrationTests.Support;

/// <summary>
/// An on-path attacker between two agents: it relays the responder's bytes untouched and rewrites the initiator's frames
/// (4-byte big-endian length, then the payload) through a tamper function that may drop, alter or duplicate them.
/// </summary>
/// <remarks>Initiator frames are numbered from 0: 0 is the ClientHello, 1 the ClientFinished, 2 and on are sealed records.</remarks>
internal sealed class FrameTamperingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly Func<int, byte[], IReadOnlyList<byte[]>> _tamper;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FrameTamperingProxy(IPEndPoint target, Func<int, byte[], IReadOnlyList<byte[]>> tamper)
    {
        _target = target;
        _tamper = tamper;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient initiator;
            try
            {
                initiator = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            await RelayAsync(initiator);
        }
    }

    private async Task RelayAsync(TcpClient initiator)
    {
        using (initiator)
        using (var responder = new TcpClient())
        {
            Task replies = Task.CompletedTask, requests = Task.CompletedTask;
            try
            {
                await responder.ConnectAsync(_target, _stop.Token);
                replies = responder.GetStream().CopyToAsync(initiator.GetStream(), _stop.Token);
                requests = RelayFramesAsync(initiator.GetStream(), responder.GetStream());
                await Task.WhenAny(replies, requests);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException)
            {
            }

            // Either side hanging up ends the relay: close both, then collect the other pump's failure.
            initiator.Close();
            responder.Close();
            foreach (var pump in new[] { replies, requests })
            {
                try
                {
                    await pump;
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
                {
                }
            }
        }
    }

    private async Task RelayFramesAsync(Stream from, Stream to)
    {
        var header = new byte[4];
        for (var index = 0; ; index++)
        {
            if (await from.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, _stop.Token) < 4)
            {
                return;
            }

            var payload = new byte[BinaryPrimitives.ReadInt32BigEndian(header)];
            await from.ReadExactlyAsync(payload, _stop.Token);
            foreach (var frame in _tamper(index, payload))
            {
                var length = new byte[4];
                BinaryPrimitives.WriteInt32BigEndian(length, frame.Length);
                await to.WriteAsync(length, _stop.Token);
                await to.WriteAsync(frame, _stop.Token);
            }
        }
    }
}
