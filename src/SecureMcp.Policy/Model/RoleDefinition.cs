namespace SecureMcp.Policy.Model;

/// <summary>A role: a named set of permissions on tools, prompts, resources and whole servers.</summary>
/// <param name="Name">The role name (ordinal).</param>
/// <param name="Scope">What the role grants.</param>
/// <param name="ReadOnly">When true, tools are granted only if their annotations say <c>readOnlyHint: true</c>.</param>
/// <param name="Line">The line of the role in the policy file (0 when built in code).</param>
internal sealed record RoleDefinition(string Name, TargetScope Scope, bool ReadOnly, int Line = 0);
