using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Agents.Hosting;
using SecureMcp.Identity.Context;

namespace SecureMcp.Agents.Messaging;

/// <summary>The shape every messaging tool shares: parse arguments, run, answer JSON; bad input and refusals become tool errors.</summary>
internal abstract class MessagingTool(Tool protocolTool) : McpServerTool
{
    public override Tool ProtocolTool { get; } = protocolTool;

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await RunAsync(new ToolInput(request.Params?.Arguments), cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException or PeerMessagingException or ContextAccessDeniedException)
        {
            return Error(ex.Message);
        }
    }

    /// <summary>A JSON object schema from its text.</summary>
    protected static JsonElement Schema(string json) => JsonDocument.Parse(json).RootElement.Clone();

    protected abstract ValueTask<CallToolResult> RunAsync(ToolInput input, CancellationToken cancellationToken);

    protected static CallToolResult Json<T>(T value, bool isError = false)
    {
        var json = JsonSerializer.SerializeToElement(value, AgentJson.Options);
        return new CallToolResult { Content = [new TextContentBlock { Text = json.GetRawText() }], StructuredContent = json, IsError = isError };
    }

    protected static CallToolResult Error(string message) => new() { Content = [new TextContentBlock { Text = message }], IsError = true };
}
