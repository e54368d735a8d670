namespace SecureMcp.Policy.Model;

/// <summary>What a rule, or the whole policy, decides for a call.</summary>
internal enum PolicyEffect
{
    /// <summary>The call is refused.</summary>
    Deny,

    /// <summary>The call may proceed.</summary>
    Allow,

    /// <summary>The call is held until an operator approves it, or refused when rejected or timed out.</summary>
    RequireApproval,
}
