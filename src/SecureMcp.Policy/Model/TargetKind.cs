namespace SecureMcp.Policy.Model;

/// <summary>The kind of MCP primitive a decision is about.</summary>
internal enum TargetKind
{
    /// <summary>A tool, by namespaced name (<c>server__tool</c>).</summary>
    Tool,

    /// <summary>A prompt, by namespaced name.</summary>
    Prompt,

    /// <summary>A resource, by URI.</summary>
    Resource,
}
