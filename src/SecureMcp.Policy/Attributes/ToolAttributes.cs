using ModelContextProtocol.Protocol;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Attributes;

/// <summary>What the policy knows about one tool, prompt or resource: its server, risk and annotations.</summary>
/// <param name="Server">The upstream server that offers it.</param>
internal sealed record ToolAttributes(string Server)
{
    /// <summary>The risk tool verification assigned; null when not rated (the policy's <c>unknownRisk</c> applies).</summary>
    public RiskLevel? Risk { get; init; }

    /// <summary>MCP annotation <c>readOnlyHint</c> (default false).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>MCP annotation <c>destructiveHint</c> (default true).</summary>
    public bool Destructive { get; init; } = true;

    /// <summary>MCP annotation <c>idempotentHint</c> (default false).</summary>
    public bool Idempotent { get; init; }

    /// <summary>MCP annotation <c>openWorldHint</c> (default true).</summary>
    public bool OpenWorld { get; init; } = true;

    /// <summary>Builds attributes from a tool definition, applying the MCP defaults for missing hints.</summary>
    public static ToolAttributes FromTool(string server, Tool tool, RiskLevel? risk = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var a = tool.Annotations;
        return new ToolAttributes(server)
        {
            Risk = risk,
            ReadOnly = a?.ReadOnlyHint ?? false,
            Destructive = a?.DestructiveHint ?? true,
            Idempotent = a?.IdempotentHint ?? false,
            OpenWorld = a?.OpenWorldHint ?? true,
        };
    }

    /// <summary>Attributes of a prompt or resource: read-only by nature.</summary>
    public static ToolAttributes ReadOnlyOf(string server) => new(server) { ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false };
}
