using ModelContextProtocol.Protocol;

namespace SecureMcp.Agents.Messaging;

/// <summary><c>peer_info</c>: where this agent accepts secure channels, so a coordinator can tell other agents.</summary>
internal sealed class PeerInfoTool(PeerInfo info) : MessagingTool(new Tool
{
    Name = Name,
    Title = "Peer endpoint",
    Description = "Returns this agent's id, its agent-to-agent endpoint (IP:port), its certificate fingerprint and the ciphers it accepts.",
    InputSchema = Schema("""{ "type": "object", "properties": {}, "additionalProperties": false }"""),
    Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false },
})
{
    public const string Name = "peer_info";

    protected override ValueTask<CallToolResult> RunAsync(ToolInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Json(info));
}
