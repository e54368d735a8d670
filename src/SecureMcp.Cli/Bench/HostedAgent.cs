using System.Diagnostics;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Hosting;

namespace SecureMcp.Cli.Bench;

/// <summary>
/// One agent hosted in the bench process: its own API key, its own HTTP client built as the agent runtime builds it, its own
/// MCP client (and, on revisions with sessions, its own session at the gateway), running its plan in a loop.
/// </summary>
internal sealed class HostedAgent : IAsyncDisposable
{
    private readonly McpClient _client;

    private HostedAgent(string id, McpClient client)
    {
        Id = id;
        _client = client;
    }

    public string Id { get; }

    /// <summary>The gateway's session id for this agent, or null on a revision without sessions.</summary>
    public string? SessionId => _client.SessionId;

    public AgentRecorder Recorder { get; } = new();

    public static async Task<HostedAgent> ConnectAsync(string id, string apiKey, Uri gateway, string? protocolVersion, CancellationToken cancellationToken)
    {
        var options = new AgentOptions { Id = id, GatewayUrl = gateway, Auth = AgentAuthMode.ApiKey, ApiKey = apiKey };
        options.Validate();
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = gateway, Name = "gateway" },
            GatewayHttpClientFactory.Create(options, TimeProvider.System), loggerFactory: null, ownsHttpClient: true);
        var client = await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ClientInfo = new() { Name = "securemcp-agent-" + id, Version = "0.1.0" },
            ProtocolVersion = protocolVersion,
        }, cancellationToken: cancellationToken);
        return new HostedAgent(id, client);
    }

    /// <summary>Waits for the common start, then runs the plan until the window closes.</summary>
    public async Task RunAsync(Task<MeasurementWindow> start, CancellationToken cancellationToken)
    {
        var window = await start;
        var task = AgentPlan.Create(Id);
        var executor = new PlanExecutor(new TimedInvoker(new McpToolInvoker(_client), Recorder, window), Id, TimeProvider.System);
        while (!window.IsOver && !cancellationToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await executor.RunAsync(task, cancellationToken);
            Recorder.Plan(window, started, Stopwatch.GetElapsedTime(started), outcome.Valid, outcome.Error);
        }
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
