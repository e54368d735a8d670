using ModelContextProtocol.Protocol;
using SecureMcp.Core.Pipeline;

namespace SecureMcp.Gateway.Auditing;

/// <summary>The MCP method name of each pipeline operation.</summary>
internal static class OperationNames
{
    public static string Of(McpOperation operation) => operation switch
    {
        McpOperation.ListTools => RequestMethods.ToolsList,
        McpOperation.CallTool => RequestMethods.ToolsCall,
        McpOperation.ListResources => RequestMethods.ResourcesList,
        McpOperation.ListResourceTemplates => RequestMethods.ResourcesTemplatesList,
        McpOperation.ReadResource => RequestMethods.ResourcesRead,
        McpOperation.ListPrompts => RequestMethods.PromptsList,
        McpOperation.GetPrompt => RequestMethods.PromptsGet,
        McpOperation.Complete => RequestMethods.CompletionComplete,
        _ => operation.ToString(),
    };
}
