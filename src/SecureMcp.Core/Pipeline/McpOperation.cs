namespace SecureMcp.Core.Pipeline;

/// <summary>The MCP operations that pass through the security pipeline.</summary>
public enum McpOperation
{
    ListTools,
    CallTool,
    ListResources,
    ListResourceTemplates,
    ReadResource,
    ListPrompts,
    GetPrompt,
    Complete,
}
