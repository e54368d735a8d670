using ModelContextProtocol.Protocol;

namespace SecureMcp.Agents.Messaging;

/// <summary><c>forward_context</c>: passes a held item on, still sealed, to another agent (a relay; only named recipients can open it).</summary>
internal sealed class ForwardContextTool(ContextMessenger messenger) : MessagingTool(new Tool
{
    Name = Name,
    Title = "Forward context",
    Description = "Delivers a context item this agent holds, unchanged and still sealed, to another agent's peer endpoint. Only the item's original recipients can open it.",
    InputSchema = Schema("""
        {
          "type": "object",
          "properties": {
            "id": { "type": "string" },
            "to": {
              "type": "object",
              "properties": { "agent": { "type": "string" }, "endpoint": { "type": "string", "description": "IP:port" } },
              "required": ["agent", "endpoint"]
            }
          },
          "required": ["id", "to"],
          "additionalProperties": false
        }
        """),
    Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, OpenWorldHint = true },
})
{
    public const string Name = "forward_context";

    protected override async ValueTask<CallToolResult> RunAsync(ToolInput input, CancellationToken cancellationToken)
    {
        var delivery = await messenger.ForwardAsync(input.RequiredString("id"), input.Address("to"), cancellationToken);
        return Json(delivery, isError: !delivery.Delivered);
    }
}
