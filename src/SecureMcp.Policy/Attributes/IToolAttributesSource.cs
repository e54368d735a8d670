using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Attributes;

/// <summary>Looks up the attributes of a tool, prompt or resource the gateway offers.</summary>
/// <remarks>
/// The gateway adapts its federated catalog (server, annotations) and tool verification (risk) to this interface.
/// Returning null means the target does not exist: the call is answered exactly as for an unknown tool.
/// Called on every authorized call, so it must be fast and should not allocate.
/// </remarks>
internal interface IToolAttributesSource
{
    /// <summary>The attributes of the named target (namespaced tool or prompt name, or resource URI), or null when unknown.</summary>
    ToolAttributes? Describe(TargetKind kind, string name);
}
