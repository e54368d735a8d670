namespace SecureMcp.Core.Inspection;

/// <summary>Where a tool stands in the pinning (rug-pull) workflow.</summary>
public enum PinState
{
    /// <summary>The observed definition is the approved one; calls may proceed.</summary>
    Approved,

    /// <summary>Seen but never approved (trust on first use is off); blocked until an operator approves it.</summary>
    Pending,

    /// <summary>The definition changed after approval; blocked until an operator re-approves it.</summary>
    Changed,

    /// <summary>An operator quarantined it; blocked whatever its definition.</summary>
    Quarantined,
}
