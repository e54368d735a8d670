using System.IO.Pipelines;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Hosting;

namespace SecureMcp.Agents.Tests.Coordination;

/// <summary>Agents hosted in the test process: each is the agent runtime's real MCP server (execute_task) over in-memory pipes.</summary>
internal sealed class InProcessAgents : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(McpServer Server, Task Run)> _servers = [];

    public Dictionary<string, McpClient> Clients { get; } = new(StringComparer.Ordinal);

    public async Task AddAsync(string id, IToolInvoker invoker, params string[] capabilities)
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var options = AgentRuntime.CreateServerOptions(
            new AgentOptions { Id = id, GatewayUrl = new Uri("http://127.0.0.1:1/mcp"), ApiKey = "unused", Capabilities = capabilities },
            invoker,
            TimeProvider.System);
        var server = McpServer.Create(new StreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream(), id), options);
        _servers.Add((server, server.RunAsync(_stop.Token)));
        Clients[id] = await McpClient.CreateAsync(new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            await client.DisposeAsync();
        }

        await _stop.CancelAsync();
        foreach (var (server, run) in _servers)
        {
            try
            {
                await run.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (OperationCanceledException)
            {
            }

            await server.DisposeAsync();
        }

        _stop.Dispose();
    }
}
