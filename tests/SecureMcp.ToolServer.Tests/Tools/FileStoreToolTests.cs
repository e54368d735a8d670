using System.Text.Json;
using SecureMcp.ToolServer.Sandbox;
using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public sealed class FileStoreToolTests : IDisposable
{
    private readonly TempSandbox _sandbox = new();
    private readonly FileStoreTool _tool;

    public FileStoreToolTests() => _tool = new FileStoreTool(new SandboxFileStore(_sandbox.Root, maxFileBytes: 64));

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Execute_WriteThenRead_RoundTripsContent()
    {
        Args.Json(_tool.Execute(Args.Parse("""{"action": "write", "path": "data/a.csv", "content": "x,y\n1,2"}"""))).GetProperty("bytesWritten").GetInt32().ShouldBe(7);

        var json = Args.Json(_tool.Execute(Args.Parse("""{"action": "read", "path": "data/a.csv"}""")));

        json.GetProperty("content").GetString().ShouldBe("x,y\n1,2");
        File.ReadAllText(Path.Combine(_sandbox.Root, "data", "a.csv")).ShouldBe("x,y\n1,2");
    }

    [Fact]
    public void Execute_ListRecursive_ShowsFilesAndFolders()
    {
        _tool.Execute(Args.Parse("""{"action": "write", "path": "d/one.txt", "content": "1"}"""));
        _tool.Execute(Args.Parse("""{"action": "write", "path": "two.txt", "content": "22"}"""));

        var entries = Args.Json(_tool.Execute(Args.Parse("""{"action": "list", "recursive": true}"""))).GetProperty("entries").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()}:{e.GetProperty("kind").GetString()}:{e.GetProperty("size").GetInt64()}");

        entries.ShouldBe(["d:directory:0", "d/one.txt:file:1", "two.txt:file:2"]);
    }

    [Fact]
    public void Execute_Delete_RemovesFile()
    {
        _tool.Execute(Args.Parse("""{"action": "write", "path": "gone.txt", "content": "x"}"""));

        Args.Json(_tool.Execute(Args.Parse("""{"action": "delete", "path": "gone.txt"}"""))).GetProperty("deleted").GetBoolean().ShouldBeTrue();

        File.Exists(Path.Combine(_sandbox.Root, "gone.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Execute_WriteOverSizeLimit_ReturnsErrorAndWritesNothing()
    {
        var args = JsonSerializer.Serialize(new { action = "write", path = "big.txt", content = new string('x', 65) });

        _tool.Execute(Args.Parse(args)).ShouldBeError("over the 64-byte limit");

        File.Exists(Path.Combine(_sandbox.Root, "big.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Execute_WriteExistingWithoutOverwrite_ReturnsErrorAndKeepsFile()
    {
        _tool.Execute(Args.Parse("""{"action": "write", "path": "k.txt", "content": "old"}"""));

        _tool.Execute(Args.Parse("""{"action": "write", "path": "k.txt", "content": "new", "overwrite": false}""")).ShouldBeError("exists");

        File.ReadAllText(Path.Combine(_sandbox.Root, "k.txt")).ShouldBe("old");
    }

    [Fact]
    public void Execute_Base64RoundTrip_PreservesBinary()
    {
        _tool.Execute(Args.Parse("""{"action": "write", "path": "b.bin", "content": "AP8Q", "encoding": "base64"}""")).IsError.ShouldBe(false);

        File.ReadAllBytes(Path.Combine(_sandbox.Root, "b.bin")).ShouldBe(new byte[] { 0x00, 0xFF, 0x10 });
        _tool.Execute(Args.Parse("""{"action": "read", "path": "b.bin"}""")).ShouldBeError("not valid UTF-8");
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("%2e%2e/x")]
    [InlineData("a/../../x")]
    [InlineData("..\\x")]
    [InlineData("~/x")]
    public void Execute_EscapingPath_IsRefused(string path)
    {
        var write = _tool.Execute(Args.Parse(JsonSerializer.Serialize(new { action = "write", path, content = "pwned" })));
        var read = _tool.Execute(Args.Parse(JsonSerializer.Serialize(new { action = "read", path })));

        write.ShouldBeError("Refused");
        read.ShouldBeError("Refused");
        File.Exists(Path.Combine(_sandbox.Parent, "x")).ShouldBeFalse();
    }

    [Fact]
    public void Execute_SymlinkToOutside_IsRefusedForReadWriteAndDelete()
    {
        var secret = Path.Combine(_sandbox.Outside, "secret.txt");
        File.WriteAllText(secret, "top secret");
        File.CreateSymbolicLink(Path.Combine(_sandbox.Root, "link.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_sandbox.Root, "dirlink"), _sandbox.Outside);

        _tool.Execute(Args.Parse("""{"action": "read", "path": "link.txt"}""")).ShouldBeError("outside the sandbox");
        _tool.Execute(Args.Parse("""{"action": "write", "path": "link.txt", "content": "x"}""")).ShouldBeError("outside the sandbox");
        _tool.Execute(Args.Parse("""{"action": "read", "path": "dirlink/secret.txt"}""")).ShouldBeError("outside the sandbox");
        _tool.Execute(Args.Parse("""{"action": "delete", "path": "dirlink/secret.txt"}""")).ShouldBeError("outside the sandbox");

        File.ReadAllText(secret).ShouldBe("top secret");
    }

    [Fact]
    public void Execute_ReadMissingFile_ReturnsError()
    {
        _tool.Execute(Args.Parse("""{"action": "read", "path": "none.txt"}""")).ShouldBeError("does not exist");
    }
}
