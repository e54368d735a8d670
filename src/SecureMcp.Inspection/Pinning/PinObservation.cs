namespace SecureMcp.Inspection.Pinning;

/// <summary>How a tool's current definition compares with what was seen and approved before.</summary>
public enum PinObservation
{
    /// <summary>First sighting of the tool.</summary>
    New,

    /// <summary>Same definition as the approved (or still-pending) one.</summary>
    Unchanged,

    /// <summary>The definition differs from the approved one (a possible rug pull).</summary>
    Changed,
}
