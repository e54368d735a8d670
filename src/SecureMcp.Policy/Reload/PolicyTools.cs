using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Yaml;

namespace SecureMcp.Policy.Reload;

/// <summary>Offline policy commands for the CLI: <c>securemcp policy check</c> and <c>securemcp policy explain</c>.</summary>
internal static class PolicyTools
{
    /// <summary>Validates a policy file without starting anything; the result lists every error with its line.</summary>
    public static PolicyLoadResult Check(string path) => PolicyLoader.FromFile(path);

    /// <summary>Explains the decision for a principal calling a tool with arguments.</summary>
    /// <param name="policy">The compiled policy (from <see cref="Check"/> or a store).</param>
    /// <param name="principalId">The principal id; its roles come from the policy's principals section plus <paramref name="roles"/>.</param>
    /// <param name="tool">The namespaced tool name.</param>
    /// <param name="argumentsJson">The arguments as a JSON object, or null.</param>
    /// <param name="roles">Roles the gateway configuration gives the principal (API keys …), if any.</param>
    /// <param name="attributes">The tool's attributes; by default its server is the part of the name before <c>__</c>, risk unknown, no annotations.</param>
    /// <param name="time">The clock to evaluate at; the system clock by default.</param>
    public static PolicyExplanation Explain(CompiledPolicy policy, string principalId, string tool, string? argumentsJson,
        IReadOnlyList<string>? roles = null, ToolAttributes? attributes = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        JsonElement? arguments = null;
        if (!string.IsNullOrWhiteSpace(argumentsJson))
        {
            using var doc = JsonDocument.Parse(argumentsJson);
            arguments = doc.RootElement.Clone();
        }

        var separator = tool.IndexOf("__", StringComparison.Ordinal);
        attributes ??= new ToolAttributes(separator > 0 ? tool[..separator] : tool);
        var principal = new Principal(principalId, "explain", roles ?? []);
        var request = new PolicyRequest(principal, TargetKind.Tool, tool, attributes, arguments, (time ?? TimeProvider.System).GetUtcNow());
        return PolicyExplainer.Explain(policy, request);
    }
}
