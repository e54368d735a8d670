using System.Text;
using SecureMcp.ToolServer.Imaging;

namespace SecureMcp.ToolServer.Tests.Imaging;

public class Crc32Tests
{
    [Fact]
    public void Compute_CheckString_MatchesStandardCheckValue()
    {
        Crc32.Compute(Encoding.ASCII.GetBytes("123456789")).ShouldBe(0xCBF43926u);
    }

    [Fact]
    public void Compute_IendChunkType_MatchesCrcFoundInEveryPng()
    {
        Crc32.Compute(Encoding.ASCII.GetBytes("IEND")).ShouldBe(0xAE426082u);
    }

    [Fact]
    public void Append_InTwoParts_EqualsOneShot()
    {
        var data = Encoding.ASCII.GetBytes("hello, png world");

        Crc32.Append(Crc32.Compute(data.AsSpan(0, 5)), data.AsSpan(5)).ShouldBe(Crc32.Compute(data));
    }
}
