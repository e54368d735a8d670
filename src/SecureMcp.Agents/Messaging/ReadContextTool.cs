using ModelContextProtocol.Protocol;

namespace SecureMcp.Agents.Messaging;

/// <summary><c>read_context</c>: opens context items delivered to this agent (one by id, or every one addressed to it).</summary>
internal sealed class ReadContextTool(ContextMessenger messenger) : MessagingTool(new Tool
{
    Name = Name,
    Title = "Read context",
    Description = "Opens a context item this agent holds by id, or, without an id, every held item addressed to this agent. Every open and every refusal is audited.",
    InputSchema = Schema("""
        {
          "type": "object",
          "properties": { "id": { "type": "string", "description": "The item id; omit to read every item addressed to this agent." } },
          "additionalProperties": false
        }
        """),
    Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false },
})
{
    public const string Name = "read_context";

    protected override ValueTask<CallToolResult> RunAsync(ToolInput input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(input.OptionalString("id") is { } id ? Json(messenger.Open(id)) : Json(messenger.ReadAll()));
}
