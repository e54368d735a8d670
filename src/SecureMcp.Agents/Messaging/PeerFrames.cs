using System.Buffers.Binary;

namespace SecureMcp.Agents.Messaging;

/// <summary>The framing of the peer connection: each frame is a 4-byte big-endian length followed by that many bytes.</summary>
/// <remarks>
/// The length is checked against the caller's limit before any payload is read or allocated, so a peer that announces a
/// huge frame costs us four bytes, not memory.
/// </remarks>
internal static class PeerFrames
{
    public const int HeaderSize = 4;

    /// <summary>Writes one frame; refuses a payload over <paramref name="maxFrameBytes"/>.</summary>
    public static async ValueTask WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, int maxFrameBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (payload.Length > maxFrameBytes)
        {
            throw new FrameTooLargeException(payload.Length, maxFrameBytes);
        }

        // One buffer, one write: the header and its payload leave in the same segment.
        var frame = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)payload.Length);
        payload.CopyTo(frame.AsMemory(HeaderSize));
        await stream.WriteAsync(frame, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>Reads one frame; null when the peer closed the connection cleanly between frames.</summary>
    /// <exception cref="FrameTooLargeException">The announced length is over <paramref name="maxFrameBytes"/>.</exception>
    /// <exception cref="EndOfStreamException">The connection closed inside a frame.</exception>
    public static async ValueTask<byte[]?> ReadAsync(Stream stream, int maxFrameBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderSize];
        var read = await stream.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        if (read < HeaderSize)
        {
            throw new EndOfStreamException($"connection closed inside a frame header ({read} of {HeaderSize} bytes)");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (length > (uint)maxFrameBytes)
        {
            throw new FrameTooLargeException(length, maxFrameBytes);
        }

        var payload = new byte[length];
        read = await stream.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken);
        return read == payload.Length
            ? payload
            : throw new EndOfStreamException($"connection closed inside a frame ({read} of {length} bytes)");
    }
}
