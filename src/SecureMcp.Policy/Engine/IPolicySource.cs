namespace SecureMcp.Policy.Engine;

/// <summary>The policy in force. Reading it is one volatile read; a reload swaps the whole compiled policy at once.</summary>
internal interface IPolicySource
{
    CompiledPolicy Current { get; }
}
