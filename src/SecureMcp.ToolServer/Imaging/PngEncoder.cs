using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SecureMcp.ToolServer.Imaging;

/// <summary>
/// Encodes a <see cref="Canvas"/> as a truecolour 8-bit PNG: signature, IHDR, one zlib IDAT (filter type 0
/// on every scanline) and IEND. Hand-written because no imaging package is available from the mirror.
/// </summary>
internal static class PngEncoder
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(Canvas canvas)
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, canvas.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), canvas.Height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour RGB
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Compress(canvas));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    public static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Append(Crc32.Compute(typeBytes), data));
        output.Write(word);
    }

    private static byte[] Compress(Canvas canvas)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = canvas.Width * 3;
            for (var y = 0; y < canvas.Height; y++)
            {
                zlib.WriteByte(0); // filter type None
                zlib.Write(canvas.Pixels.Slice(y * stride, stride));
            }
        }

        return compressed.ToArray();
    }
}
