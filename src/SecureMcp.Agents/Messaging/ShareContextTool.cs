using ModelContextProtocol.Protocol;

namespace SecureMcp.Agents.Messaging;

/// <summary><c>share_context</c>: seals a context item to named agents and delivers it to each over a secure channel.</summary>
internal sealed class ShareContextTool(ContextMessenger messenger) : MessagingTool(new Tool
{
    Name = Name,
    Title = "Share context",
    Description = "Seals a named context item so that only the listed agents can open it, and delivers it to each agent's peer endpoint over an authenticated, encrypted channel.",
    InputSchema = Schema("""
        {
          "type": "object",
          "properties": {
            "name": { "type": "string", "description": "The item's name, for example task-42/findings." },
            "content": { "type": "string", "description": "The content (text)." },
            "to": {
              "type": "array", "minItems": 1,
              "description": "The recipients: each agent id with the endpoint its peer_info announced.",
              "items": {
                "type": "object",
                "properties": { "agent": { "type": "string" }, "endpoint": { "type": "string", "description": "IP:port" } },
                "required": ["agent", "endpoint"]
              }
            }
          },
          "required": ["name", "content", "to"],
          "additionalProperties": false
        }
        """),
    Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, OpenWorldHint = true },
})
{
    public const string Name = "share_context";

    protected override async ValueTask<CallToolResult> RunAsync(ToolInput input, CancellationToken cancellationToken)
    {
        var outcome = await messenger.ShareAsync(input.RequiredString("name"), input.RequiredString("content"), input.Addresses("to"), cancellationToken);
        return Json(outcome, isError: outcome.Deliveries.Any(d => !d.Delivered));
    }
}
