using SecureMcp.ToolServer.Sandbox;
using SecureMcp.ToolServer.Tests.Support;

namespace SecureMcp.ToolServer.Tests.Sandbox;

public sealed class SandboxPathResolverTests : IDisposable
{
    private readonly TempSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("%2e%2e/x")]
    [InlineData("%252e%252e/x")]
    [InlineData("./../x")]
    [InlineData("a/./b")]
    [InlineData("a\\..\\..\\x")]
    [InlineData("C:/x")]
    [InlineData("x\0y")]
    public void Resolve_EscapeAttempt_Throws(string path)
    {
        var resolver = new SandboxPathResolver(_sandbox.Root);

        Should.Throw<SandboxViolationException>(() => resolver.Resolve(path));
    }

    [Fact]
    public void Resolve_PlainRelativePath_StaysUnderRoot()
    {
        var resolver = new SandboxPathResolver(_sandbox.Root);

        resolver.Resolve("data/file.csv").ShouldBe(Path.Combine(resolver.RealRoot, "data", "file.csv"));
        resolver.Resolve(string.Empty).ShouldBe(resolver.RealRoot);
    }

    [Fact]
    public void Resolve_LinkThenDotDotInTarget_IsJudgedByRealPath()
    {
        // "up" -> outside/deep, and "esc" -> "up/../secret": the kernel resolves esc to outside/secret.
        var deep = Path.Combine(_sandbox.Outside, "deep");
        Directory.CreateDirectory(deep);
        Directory.CreateSymbolicLink(Path.Combine(_sandbox.Root, "up"), deep);
        File.CreateSymbolicLink(Path.Combine(_sandbox.Root, "esc"), "up/../secret");
        var resolver = new SandboxPathResolver(_sandbox.Root);

        Should.Throw<SandboxViolationException>(() => resolver.Resolve("esc"));
    }

    [Fact]
    public void Resolve_LinkInsideSandbox_IsAllowed()
    {
        Directory.CreateDirectory(Path.Combine(_sandbox.Root, "real"));
        Directory.CreateSymbolicLink(Path.Combine(_sandbox.Root, "alias"), Path.Combine(_sandbox.Root, "real"));
        var resolver = new SandboxPathResolver(_sandbox.Root);

        resolver.Resolve("alias/f.txt").ShouldBe(Path.Combine(resolver.RealRoot, "real", "f.txt"));
    }

    [Fact]
    public void Resolve_DanglingLinkToOutside_Throws()
    {
        File.CreateSymbolicLink(Path.Combine(_sandbox.Root, "dangling"), Path.Combine(_sandbox.Outside, "not-yet"));
        var resolver = new SandboxPathResolver(_sandbox.Root);

        Should.Throw<SandboxViolationException>(() => resolver.Resolve("dangling"));
    }

    [Fact]
    public void Resolve_LinkLoop_Throws()
    {
        File.CreateSymbolicLink(Path.Combine(_sandbox.Root, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(_sandbox.Root, "b"), "a");
        var resolver = new SandboxPathResolver(_sandbox.Root);

        Should.Throw<SandboxViolationException>(() => resolver.Resolve("a"));
    }
}
