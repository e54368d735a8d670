using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Tasks;

namespace SecureMcp.Agents.Hosting;

/// <summary>The agent's own MCP tool: the coordinator hands it a task, it runs the plan through the gateway and returns the outcome.</summary>
internal sealed class ExecuteTaskTool(PlanExecutor executor) : McpServerTool
{
    public const string Name = "execute_task";

    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": { "task": { "type": "object", "description": "The task: id, capabilities, sensitivity, deadlineSeconds, steps, checks." } },
          "required": ["task"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    public override Tool ProtocolTool { get; } = new()
    {
        Name = Name,
        Title = "Execute task",
        Description = "Runs a task plan (tool calls through the SecureMcp gateway) and returns the outcome.",
        InputSchema = Schema,
        Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, OpenWorldHint = true },
    };

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AgentTask? task;
        try
        {
            task = request.Params?.Arguments is { } args && args.TryGetValue("task", out var element)
                ? element.Deserialize<AgentTask>(AgentJson.Options)
                : null;
        }
        catch (JsonException ex)
        {
            return Error($"task is not valid: {ex.Message}");
        }

        if (task is null || string.IsNullOrWhiteSpace(task.Id))
        {
            return Error("argument 'task' with an 'id' is required");
        }

        var outcome = await executor.RunAsync(task, cancellationToken);
        var json = JsonSerializer.SerializeToElement(outcome, AgentJson.Options);
        return new CallToolResult { Content = [new TextContentBlock { Text = json.GetRawText() }], StructuredContent = json };
    }

    private static CallToolResult Error(string message) => new() { Content = [new TextContentBlock { Text = message }], IsError = true };
}
