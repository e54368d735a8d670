using SecureMcp.ToolServer.Sandbox;
using SecureMcp.ToolServer.Tests.Support;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer.Tests.Tools;

public sealed class BadInputTests : IDisposable
{
    private readonly TempSandbox _sandbox = new();
    private readonly Dictionary<string, ToolBase> _tools;

    public BadInputTests() =>
        _tools = ToolServerFactory.CreateTools(new SandboxFileStore(_sandbox.Root, 1024), TimeProvider.System).ToDictionary(t => t.ProtocolTool.Name);

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("data_processor", """{}""", "exactly one of 'rows'")]
    [InlineData("data_processor", """{"rows": "nope"}""", "must be an array")]
    [InlineData("data_processor", """{"rows": [1, 2]}""", "rows[0]' must be an object")]
    [InlineData("data_processor", """{"rows": [], "missing": "guess"}""", "one of: keep")]
    [InlineData("analyzer", """{"rows": [{"a": 1}], "csv": "a\n1"}""", "exactly one of")]
    [InlineData("analyzer", """{"rows": [{"a": 1}], "extra": 1}""", "Unknown argument 'extra'")]
    [InlineData("validator", """{"rows": [{"a": 1}]}""", "'rules' is required")]
    [InlineData("validator", """{"rows": [{"a": 1}], "rules": [{"field": "a", "type": "date"}]}""", "rules[0].type")]
    [InlineData("transformer", """{"rows": [{"a": 1}], "filter": [{"field": "a", "op": "gt"}]}""", "filter[0].value")]
    [InlineData("transformer", """{"rows": [{"a": 1}], "join": {"rows": [{"b": 1}], "leftKey": "a"}}""", "unknown column 'a'")]
    [InlineData("aggregator", """{"rows": [{"a": 1}], "groupBy": [], "metrics": [{"op": "count"}]}""", "at least 1")]
    [InlineData("aggregator", """{"rows": [{"a": 1}], "groupBy": ["a"], "metrics": [{"op": "median", "field": "a"}]}""", "metrics[0].op")]
    [InlineData("visualizer", """{"rows": [], "type": "bar", "x": "a", "y": ["b"]}""", "Column 'a'")]
    [InlineData("visualizer", """{"rows": [{"a": "x", "b": 1}], "type": "bar", "x": "a", "y": ["b"], "width": 5}""", "'width' must be an integer from 160")]
    [InlineData("reporter", """{"sections": []}""", "'title' is required")]
    [InlineData("reporter", """{"title": 5, "sections": []}""", "must be a string")]
    [InlineData("file_store", """{"action": "chmod", "path": "a"}""", "one of: read, write")]
    [InlineData("file_store", """{"action": "write", "path": "a.txt"}""", "'content' is required")]
    [InlineData("file_store", """{"action": "write", "path": "a.bin", "content": "***", "encoding": "base64"}""", "not valid base64")]
    public void Execute_BadInput_ReturnsErrorResult(string tool, string arguments, string message)
    {
        var result = _tools[tool].Execute(Args.Parse(arguments));

        result.ShouldBeError(message);
        result.StructuredContent.ShouldBeNull();
    }

    [Fact]
    public void Execute_NullArguments_ReturnsErrorNamingRequiredArgument()
    {
        _tools["validator"].Execute(null).ShouldBeError("'rows' is required");
    }

    [Fact]
    public void Execute_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Should.Throw<OperationCanceledException>(() => _tools["analyzer"].Execute(Args.Parse("""{"rows": []}"""), cts.Token));
    }
}
