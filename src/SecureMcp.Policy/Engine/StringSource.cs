namespace SecureMcp.Policy.Engine;

/// <summary>Which text a <see cref="StringCondition"/> reads.</summary>
internal enum StringSource
{
    PrincipalId,
    PrincipalScheme,
    PrincipalAttribute,
    TargetName,
    Server,
}
