namespace SecureMcp.Policy.Engine;

/// <summary>The MCP tool annotations a condition can test.</summary>
internal enum AnnotationKind
{
    ReadOnly,
    Destructive,
    Idempotent,
    OpenWorld,
}
