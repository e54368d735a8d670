using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SecureMcp.ToolServer.Imaging;

namespace SecureMcp.ToolServer.Tests.Imaging;

public class PngEncoderTests
{
    private static Canvas Sample()
    {
        var canvas = new Canvas(5, 3, Rgb.White);
        canvas.SetPixel(0, 0, new Rgb(255, 0, 0));
        canvas.SetPixel(4, 2, new Rgb(0, 0, 255));
        canvas.DrawLine(0, 1, 4, 1, new Rgb(0, 128, 0));
        return canvas;
    }

    private static List<(string Type, byte[] Data, uint Crc)> Chunks(byte[] png)
    {
        var chunks = new List<(string, byte[], uint)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            chunks.Add((type, data, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length))));
            at += 12 + length;
        }

        return chunks;
    }

    [Fact]
    public void Encode_Canvas_StartsWithPngSignature()
    {
        PngEncoder.Encode(Sample()).Take(8).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
    }

    [Fact]
    public void Encode_Canvas_WritesIhdrIdatIendWithValidCrcs()
    {
        var chunks = Chunks(PngEncoder.Encode(Sample()));

        chunks.Select(c => c.Type).ShouldBe(["IHDR", "IDAT", "IEND"]);
        foreach (var (type, data, crc) in chunks)
        {
            crc.ShouldBe(Crc32.Compute([.. Encoding.ASCII.GetBytes(type), .. data]), type);
        }

        var ihdr = chunks[0].Data;
        ihdr.Length.ShouldBe(13);
        BinaryPrimitives.ReadInt32BigEndian(ihdr).ShouldBe(5);
        BinaryPrimitives.ReadInt32BigEndian(ihdr.AsSpan(4)).ShouldBe(3);
        ihdr[8..].ShouldBe(new byte[] { 8, 2, 0, 0, 0 });
        chunks[2].Crc.ShouldBe(0xAE426082u);
    }

    [Fact]
    public void Encode_Canvas_IdatDecompressesToFilteredScanlines()
    {
        var canvas = Sample();
        var idat = Chunks(PngEncoder.Encode(canvas))[1].Data;

        using var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();

        bytes.Length.ShouldBe(3 * (1 + (5 * 3)));
        var expected = new List<byte>();
        for (var y = 0; y < 3; y++)
        {
            expected.Add(0);
            expected.AddRange(canvas.Pixels.Slice(y * 15, 15).ToArray());
        }

        bytes.ShouldBe(expected.ToArray());
        bytes[1..4].ShouldBe(new byte[] { 255, 0, 0 });
        bytes[^3..].ShouldBe(new byte[] { 0, 0, 255 });
    }

    [Fact]
    public void DrawLine_Horizontal_ColoursEveryPixelOfTheRow()
    {
        var canvas = Sample();

        Enumerable.Range(0, 5).Select(x => canvas.GetPixel(x, 1)).ShouldAllBe(p => p == new Rgb(0, 128, 0));
        canvas.GetPixel(2, 0).ShouldBe(Rgb.White);
    }
}
