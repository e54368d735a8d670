namespace SecureMcp.ToolServer.Tests;

public class ToolServerOptionsTests
{
    [Fact]
    public void Validate_BlankSandboxRoot_ThrowsNamingKey()
    {
        var e = Should.Throw<ArgumentException>(() => new ToolServerOptions { SandboxRoot = " " }.Validate());

        e.ParamName.ShouldBe("SandboxRoot");
        e.Message.ShouldContain("ToolServer:SandboxRoot");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(ToolServerOptions.MaxFileBytesLimit + 1)]
    public void Validate_MaxFileBytesOutOfRange_ThrowsNamingKey(long value)
    {
        var e = Should.Throw<ArgumentException>(() => new ToolServerOptions { SandboxRoot = "/tmp/x", MaxFileBytes = value }.Validate());

        e.ParamName.ShouldBe("MaxFileBytes");
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new ToolServerOptions { SandboxRoot = "/tmp/x" };

        Should.NotThrow(options.Validate);
        options.MaxFileBytes.ShouldBe(1_048_576);
    }
}
