using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Agents.Behavior;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Messaging;
using SecureMcp.Core.Events;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Mtls;
using SecureMcp.Storage.Audit;

namespace SecureMcp.Agents.Hosting;

/// <summary>Runs an agent: an MCP client of the gateway with its own key, serving its coordinator over stdio.</summary>
public static class AgentRuntime
{
    /// <summary>Connects to the gateway, then serves <c>execute_task</c> (and, with a peer endpoint, the messaging tools) on stdin/stdout until the coordinator closes it.</summary>
    /// <remarks>With <see cref="AgentOptions.PeerListen"/>, the endpoint is announced on stderr as <c>securemcp-agent peer-endpoint AGENT IP:PORT</c>.</remarks>
    public static async Task RunStdioAsync(AgentOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var time = TimeProvider.System;
        await using var audit = options.AuditPath is { } path ? new SqliteAuditStore(new SqliteAuditStoreOptions { Path = path }) : null;
        ISecurityEventSink sink = audit is null ? NullSecurityEventSink.Instance : new AuditStoreEventSink(audit, time);
        await using var messaging = options.PeerListen is { } listen
            ? PeerMessaging.Start(options.Id, options.Certificate!, CertificateValidator.ForDirectory(options.CaDirectory!, sink, time),
                new PeerMessagingOptions { Listen = listen }, sink, time, loggerFactory.CreateLogger("SecureMcp.Agents.Messaging"))
            : null;
        if (messaging is not null)
        {
            await Console.Error.WriteLineAsync(messaging.Announcement);
        }

        await using var gateway = await ConnectAsync(options, loggerFactory, cancellationToken);
        var serverOptions = CreateServerOptions(options, new McpToolInvoker(gateway), time, messaging?.Tools() ?? []);
        await using var transport = new StdioServerTransport(serverOptions, loggerFactory);
        await using var server = McpServer.Create(transport, serverOptions, loggerFactory);
        await server.RunAsync(cancellationToken);
    }

    /// <summary>The agent's MCP server options over a given invoker (tests use an in-process one).</summary>
    public static McpServerOptions CreateServerOptions(AgentOptions options, IToolInvoker invoker, TimeProvider time) =>
        CreateServerOptions(options, invoker, time, []);

    internal static McpServerOptions CreateServerOptions(AgentOptions options, IToolInvoker invoker, TimeProvider time, IEnumerable<McpServerTool> extraTools)
    {
        ArgumentNullException.ThrowIfNull(options);
        var behaving = options.Behavior.Kind == BehaviorKind.Honest ? invoker : new BehavingInvoker(invoker, options.Behavior, time);
        var tools = new McpServerPrimitiveCollection<McpServerTool>();
        tools.Add(new ExecuteTaskTool(new PlanExecutor(behaving, options.Id, time)));
        foreach (var tool in extraTools)
        {
            tools.Add(tool);
        }

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
