namespace SecureMcp.Policy.Engine;

/// <summary>The kind of policy element a decision names.</summary>
internal enum PolicyElementKind
{
    Role,
    Capability,
    Constraint,
    Rule,
    Default,
}
