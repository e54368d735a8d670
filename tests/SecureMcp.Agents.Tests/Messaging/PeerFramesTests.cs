using SecureMcp.Agents.Messaging;

namespace SecureMcp.Agents.Tests.Messaging;

public sealed class PeerFramesTests
{
    [Fact]
    public async Task WriteThenRead_TwoFrames_RoundTripInOrderThenCleanEnd()
    {
        using var stream = new MemoryStream();
        await PeerFrames.WriteAsync(stream, "first"u8.ToArray(), 64, default);
        await PeerFrames.WriteAsync(stream, Array.Empty<byte>(), 64, default);
        stream.Position = 0;

        (await PeerFrames.ReadAsync(stream, 64, default)).ShouldBe("first"u8.ToArray());
        (await PeerFrames.ReadAsync(stream, 64, default)).ShouldBeEmpty();
        (await PeerFrames.ReadAsync(stream, 64, default)).ShouldBeNull();
    }

    [Fact]
    public async Task Write_HeaderIsBigEndianLength()
    {
        using var stream = new MemoryStream();
        await PeerFrames.WriteAsync(stream, new byte[258], 1024, default);

        stream.ToArray()[..4].ShouldBe(new byte[] { 0, 0, 1, 2 });
        stream.Length.ShouldBe(262);
    }

    [Fact]
    public async Task Read_AnnouncedLengthOverLimit_RefusedWithoutReadingThePayload()
    {
        using var stream = new MemoryStream([0xFF, 0xFF, 0xFF, 0xFF, 1, 2, 3]);

        var ex = await Should.ThrowAsync<FrameTooLargeException>(() => PeerFrames.ReadAsync(stream, 1024, default).AsTask());

        ex.Length.ShouldBe(uint.MaxValue);
        ex.Limit.ShouldBe(1024);
        ex.Message.ShouldBe("frame of 4294967295 bytes exceeds the limit of 1024 bytes");
        stream.Position.ShouldBe(4);
    }

    [Fact]
    public async Task Write_PayloadOverLimit_RefusedAndNothingWritten()
    {
        using var stream = new MemoryStream();

        await Should.ThrowAsync<FrameTooLargeException>(() => PeerFrames.WriteAsync(stream, new byte[65], 64, default).AsTask());

        stream.Length.ShouldBe(0);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 5, 1, 2 })]
    public async Task Read_ConnectionEndsInsideAFrame_Throws(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        await Should.ThrowAsync<EndOfStreamException>(() => PeerFrames.ReadAsync(stream, 64, default).AsTask());
    }
}
