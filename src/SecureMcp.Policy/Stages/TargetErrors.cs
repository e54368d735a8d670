using SecureMcp.Core.Pipeline;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Stages;

/// <summary>The errors for a target the caller may not know about: word for word what the MCP SDK says for a missing one.</summary>
internal static class TargetErrors
{
    public static CallDeniedException Unknown(string stage, TargetKind kind, string? name) => kind switch
    {
        TargetKind.Tool => new CallDeniedException(stage, $"Unknown tool: '{name}'", ErrorCodes.InvalidParams),
        TargetKind.Prompt => new CallDeniedException(stage, $"Unknown prompt: '{name}'", ErrorCodes.InvalidParams),
        _ => new CallDeniedException(stage, $"Unknown resource URI: '{name}'", ErrorCodes.InvalidParams),
    };
}
