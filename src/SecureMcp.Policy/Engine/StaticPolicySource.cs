namespace SecureMcp.Policy.Engine;

/// <summary>A policy that never changes (tests, <c>policy explain</c>).</summary>
internal sealed class StaticPolicySource(CompiledPolicy policy) : IPolicySource
{
    public CompiledPolicy Current { get; } = policy;
}
