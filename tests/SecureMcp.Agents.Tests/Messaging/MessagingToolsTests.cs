using System.IO.Pipelines;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Hosting;
using SecureMcp.Agents.Messaging;

namespace SecureMcp.Agents.Tests.Messaging;

/// <summary>The messaging tools through the agent's real MCP server (in-memory pipes), as a coordinator calls them.</summary>
public sealed class MessagingToolsTests : IAsyncLifetime
{
    private readonly MessagingCa _ca = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<McpServer> _servers = [];
    private readonly List<McpClient> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _stop.CancelAsync();
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        await _ca.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task Tools_AreListedNextToExecuteTask()
    {
        var a = await AgentAsync("agent-a");

        var tools = (await a.ListToolsAsync()).Select(t => t.Name).ToList();

        tools.ShouldBe([ExecuteTaskTool.Name, PeerInfoTool.Name, ShareContextTool.Name, ReadContextTool.Name, ForwardContextTool.Name], ignoreOrder: true);
    }

    [Fact]
    public async Task ShareThenRead_ThroughTheTools_RecipientGetsTheContent()
    {
        var a = await AgentAsync("agent-a");
        var b = await AgentAsync("agent-b");
        var info = (await b.CallToolAsync(PeerInfoTool.Name)).StructuredContent!.Value;
        info.GetProperty("agent").GetString().ShouldBe("agent-b");
        var endpoint = info.GetProperty("endpoint").GetString()!;

        var shared = await a.CallToolAsync(ShareContextTool.Name, new Dictionary<string, object?>
        {
            ["name"] = "task-1/result",
            ["content"] = "mean is 3",
            ["to"] = new JsonArray(new JsonObject { ["agent"] = "agent-b", ["endpoint"] = endpoint }),
        });
        shared.IsError.ShouldNotBe(true, Text(shared));
        var id = shared.StructuredContent!.Value.GetProperty("id").GetString()!;
        var read = await b.CallToolAsync(ReadContextTool.Name, new Dictionary<string, object?> { ["id"] = id });
        var all = await b.CallToolAsync(ReadContextTool.Name);

        read.StructuredContent!.Value.GetProperty("content").GetString().ShouldBe("mean is 3");
        read.StructuredContent.Value.GetProperty("sender").GetString().ShouldBe("agent-a");
        all.StructuredContent!.Value.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task ReadContext_ItemItWasNotSentTo_ErrorIsTheAuditedRefusal()
    {
        var a = await AgentAsync("agent-a");

        var read = await a.CallToolAsync(ReadContextTool.Name, new Dictionary<string, object?> { ["id"] = new string('0', 32) });

        read.IsError.ShouldBe(true);
        Text(read).ShouldBe("no such context item");
        _ca.Sinks["agent-a"].OfKind(SecureMcp.Identity.Events.IdentityEventKinds.ContextDenied).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("""{ "name": "n", "content": "c" }""", "argument 'to'")]
    [InlineData("""{ "name": "n", "content": "c", "to": [ { "agent": "agent-b", "endpoint": "nowhere" } ] }""", "to[0].endpoint must be IP:port")]
    [InlineData("""{ "content": "c", "to": [] }""", "argument 'name'")]
    [InlineData("""{ "name": "n", "content": "c", "to": [] }""", "to must name 1-32 recipients")]
    public async Task ShareContext_BadArguments_ToolErrorNamesTheProblem(string json, string expected)
    {
        var a = await AgentAsync("agent-a");
        var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>(json);

        var result = await a.CallToolAsync(ShareContextTool.Name, arguments);

        result.IsError.ShouldBe(true);
        Text(result).ShouldContain(expected);
    }

    private async Task<McpClient> AgentAsync(string id)
    {
        var messaging = _ca.Start(id);
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var options = AgentRuntime.CreateServerOptions(
            new AgentOptions { Id = id, GatewayUrl = new Uri("http://127.0.0.1:1/mcp"), ApiKey = "unused" }, new NoTools(), TimeProvider.System, messaging.Tools());
        var server = McpServer.Create(new StreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream(), id), options);
        _servers.Add(server);
        _ = server.RunAsync(_stop.Token);
        var client = await McpClient.CreateAsync(new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()));
        _clients.Add(client);
        return client;
    }

    private static string Text(CallToolResult result) => string.Join("", result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    private sealed class NoTools : IToolInvoker
    {
        public ValueTask<CallToolResult> CallAsync(string tool, JsonObject arguments, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no gateway in this test");
    }
}
