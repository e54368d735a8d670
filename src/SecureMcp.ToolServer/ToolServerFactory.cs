using System.Reflection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.ToolServer.Prompts;
using SecureMcp.ToolServer.Resources;
using SecureMcp.ToolServer.Sandbox;
using SecureMcp.ToolServer.Tools;

namespace SecureMcp.ToolServer;

/// <summary>Builds the MCP server options (tools, resources, prompt) of the sample tool server.</summary>
public static class ToolServerFactory
{
    /// <summary>The name the server reports in <c>serverInfo</c>.</summary>
    public const string ServerName = "securemcp-toolserver";

    /// <summary>
    /// Validates <paramref name="options"/>, creates the sandbox folder when missing, and returns server options with
    /// server info, the eight tools, the resources and the prompt filled in. Use them with any MCP transport.
    /// </summary>
    /// <param name="options">The tool server configuration.</param>
    /// <param name="time">The clock for report timestamps; the system clock when null.</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message names the key.</exception>
    public static McpServerOptions CreateServerOptions(ToolServerOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var store = new SandboxFileStore(options.SandboxRoot, options.MaxFileBytes);
        var tools = new McpServerPrimitiveCollection<McpServerTool>();
        foreach (var tool in CreateTools(store, time ?? TimeProvider.System))
        {
            if (!string.IsNullOrWhiteSpace(options.ToolNote))
            {
                tool.ProtocolTool.Description += "\n\nNote: " + options.ToolNote;
            }

            tools.Add(tool);
        }

        return new McpServerOptions
        {
            ServerInfo = new Implementation
            {
                Name = ServerName,
                Title = "SecureMcp sample tool server",
                Version = options.ServerVersion ?? DefaultVersion(),
            },
            ServerInstructions = "Data tools: clean (data_processor), describe (analyzer), check (validator), reshape (transformer), " +
                "group (aggregator), chart (visualizer) and report (reporter) tables; file_store keeps files in a sandbox folder.",
            ToolCollection = tools,
            ResourceCollection = [new ReadmeResource(options.MaxFileBytes), new SandboxIndexResource(store), new SandboxFileResource(store)],
            PromptCollection = [new AnalyzeDatasetPrompt()],
        };
    }

    internal static IReadOnlyList<ToolBase> CreateTools(SandboxFileStore store, TimeProvider time) =>
    [
        new DataProcessorTool(),
        new AnalyzerTool(),
        new ValidatorTool(),
        new TransformerTool(),
        new AggregatorTool(),
        new VisualizerTool(),
        new ReporterTool(time),
        new FileStoreTool(store),
    ];

    private static string DefaultVersion() =>
        typeof(ToolServerFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ToolServerFactory).Assembly.GetName().Version?.ToString(3)
        ?? "1.0.0";
}
