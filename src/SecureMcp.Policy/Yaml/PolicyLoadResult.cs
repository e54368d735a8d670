using SecureMcp.Policy.Engine;

namespace SecureMcp.Policy.Yaml;

/// <summary>The result of loading policy text: a compiled policy, or the errors that prevented it.</summary>
internal sealed record PolicyLoadResult(CompiledPolicy? Policy, IReadOnlyList<PolicyError> Errors)
{
    public bool IsValid => Policy is not null && Errors.Count == 0;
}
