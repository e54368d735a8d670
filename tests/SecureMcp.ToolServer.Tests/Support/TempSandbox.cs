namespace SecureMcp.ToolServer.Tests.Support;

internal sealed class TempSandbox : IDisposable
{
    public TempSandbox()
    {
        Parent = Path.Combine(Path.GetTempPath(), "smcp-tests-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, "sandbox");
        Outside = Path.Combine(Parent, "outside");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
    }

    public string Parent { get; }

    public string Root { get; }

    public string Outside { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
