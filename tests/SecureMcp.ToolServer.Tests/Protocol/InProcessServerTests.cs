using System.IO.Pipelines;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ToolServer.Tests.Support;

namespace SecureMcp.ToolServer.Tests.Protocol;

public sealed class InProcessServerTests : IAsyncLifetime
{
    private readonly TempSandbox _sandbox = new();
    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(60));
    private McpServer? _server;
    private Task? _serverRun;
    private McpClient? _client;

    private McpClient Client => _client!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_sandbox.Root, "sales.csv"), "region,units\nN,3\n");
        var options = ToolServerFactory.CreateServerOptions(new ToolServerOptions { SandboxRoot = _sandbox.Root });
        var serverTransport = new StreamServerTransport(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream(), "toolserver-test");
        _server = McpServer.Create(serverTransport, options);
        _serverRun = _server.RunAsync(_stop.Token);
        var clientTransport = new StreamClientTransport(_clientToServer.Writer.AsStream(), _serverToClient.Reader.AsStream());
        _client = await McpClient.CreateAsync(clientTransport, cancellationToken: _stop.Token);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        await _stop.CancelAsync();
        try
        {
            await _serverRun!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        await _server!.DisposeAsync();
        _stop.Dispose();
        _sandbox.Dispose();
    }

    [Fact]
    public async Task ListTools_OverProtocol_ReturnsEightToolsWithHonestAnnotations()
    {
        var tools = await Client.ListToolsAsync(cancellationToken: _stop.Token);

        tools.Count.ShouldBe(8);
        Client.ServerInfo!.Name.ShouldBe("securemcp-toolserver");
        var fileStore = tools.Single(t => t.Name == "file_store").ProtocolTool.Annotations!;
        fileStore.ReadOnlyHint.ShouldBe(false);
        fileStore.DestructiveHint.ShouldBe(true);
        fileStore.OpenWorldHint.ShouldBe(false);
        var analyzer = tools.Single(t => t.Name == "analyzer").ProtocolTool;
        analyzer.Annotations!.ReadOnlyHint.ShouldBe(true);
        analyzer.Annotations.IdempotentHint.ShouldBe(true);
        analyzer.Title.ShouldBe("Analyzer");
        analyzer.InputSchema.GetProperty("properties").TryGetProperty("rows", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task CallTool_Analyzer_ReturnsStatisticsAsStructuredContent()
    {
        var result = await Client.CallToolAsync(
            new CallToolRequestParams { Name = "analyzer", Arguments = Args.Parse("""{"rows": [{"v": 2}, {"v": 4}, {"v": 9}]}""") },
            _stop.Token);

        result.IsError.ShouldNotBe(true);
        var column = result.StructuredContent!.Value.GetProperty("columns")[0];
        column.GetProperty("mean").GetDouble().ShouldBe(5);
        column.GetProperty("median").GetDouble().ShouldBe(4);
    }

    [Fact]
    public async Task CallTool_BadInput_ReturnsIsErrorResultNotProtocolError()
    {
        var result = await Client.CallToolAsync(new CallToolRequestParams { Name = "aggregator", Arguments = Args.Parse("""{"rows": []}""") }, _stop.Token);

        result.IsError.ShouldBe(true);
        ((TextContentBlock)result.Content[0]).Text.ShouldContain("groupBy");
    }

    [Fact]
    public async Task ListResources_OverProtocol_ReturnsResourcesAndSandboxTemplate()
    {
        var resources = await Client.ListResourcesAsync(cancellationToken: _stop.Token);
        var templates = await Client.ListResourceTemplatesAsync(cancellationToken: _stop.Token);

        resources.Select(r => r.Uri).Order().ShouldBe(["toolserver://readme", "toolserver://sandbox"]);
        templates.Single().UriTemplate.ShouldBe("toolserver://sandbox/{path}");
    }

    [Fact]
    public async Task ReadResource_SandboxFileThroughTemplate_ReturnsFileText()
    {
        var result = await Client.ReadResourceAsync("toolserver://sandbox/sales.csv", cancellationToken: _stop.Token);

        result.Contents.Single().ShouldBeOfType<TextResourceContents>().Text.ShouldBe("region,units\nN,3\n");
    }

    [Fact]
    public async Task ReadResource_EscapingPath_FailsWithProtocolError()
    {
        await Should.ThrowAsync<ModelContextProtocol.McpException>(
            async () => await Client.ReadResourceAsync("toolserver://sandbox/..%2f..%2fetc/passwd", cancellationToken: _stop.Token));
    }

    [Fact]
    public async Task GetPrompt_AnalyzeDataset_MentionsFileAndWorkflow()
    {
        var prompts = await Client.ListPromptsAsync(cancellationToken: _stop.Token);
        var result = await Client.GetPromptAsync("analyze_dataset", new Dictionary<string, object?> { ["path"] = "sales.csv" }, cancellationToken: _stop.Token);

        prompts.Single().ProtocolPrompt.Arguments!.Single(a => a.Name == "path").Required.ShouldBe(true);
        var text = result.Messages.Single().Content.ShouldBeOfType<TextContentBlock>().Text;
        text.ShouldContain("`sales.csv`");
        text.ShouldContain("analyzer");
    }
}
