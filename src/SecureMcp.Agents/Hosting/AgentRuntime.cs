using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Agents.Behavior;
using SecureMcp.Agents.Execution;

namespace SecureMcp.Agents.Hosting;

/// <summary>Runs an agent: an MCP client of the gateway with its own key, serving its coordinator over stdio.</summary>
public static class AgentRuntime
{
    /// <summary>Connects to the gateway, then serves <c>execute_task</c> on stdin/stdout until the coordinator closes it.</summary>
    public static async Task RunStdioAsync(AgentOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await using var gateway = await ConnectAsync(options, loggerFactory, cancellationToken);
        var serverOptions = CreateServerOptions(options, new McpToolInvoker(gateway), TimeProvider.System);
        await using var transport = new StdioServerTransport(serverOptions, loggerFactory);
        await using var server = McpServer.Create(transport, serverOptions, loggerFactory);
        await server.RunAsync(cancellationToken);
    }

    /// <summary>The agent's MCP server options over a given invoker (tests use an in-process one).</summary>
    public static McpServerOptions CreateServerOptions(AgentOptions options, IToolInvoker invoker, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var behaving = options.Behavior.Kind == BehaviorKind.Honest ? invoker : new BehavingInvoker(invoker, options.Behavior, time);
        var tools = new McpServerPrimitiveCollection<McpServerTool>();
        tools.Add(new ExecuteTaskTool(new PlanExecutor(behaving, options.Id, time)));
        return new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "securemcp-agent-" + options.Id, Version = "0.1.0" },
            ServerInstructions = $"Agent {options.Id}; capabilities: {string.Join(", ", options.Capabilities)}",
            ToolCollection = tools,
        };
    }

    private static Task<McpClient> ConnectAsync(AgentOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var http = GatewayHttpClientFactory.Create(options, TimeProvider.System);
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = options.GatewayUrl,
            Name = "gateway",
        }, http, loggerFactory, ownsHttpClient: true);
        return McpClient.CreateAsync(transport, new McpClientOptions
        {
            ClientInfo = new Implementation { Name = "securemcp-agent-" + options.Id, Version = "0.1.0" },
        }, loggerFactory, cancellationToken);
    }
}
