namespace SecureMcp.Inspection.Policy;

/// <summary>What the gateway does about a finding, from nothing to refusing the call.</summary>
public enum InspectionAction
{
    /// <summary>Ignore it.</summary>
    None,

    /// <summary>Let the call through, record a decision and publish a security event.</summary>
    Flag,

    /// <summary>Replace the matched text with a placeholder (results), then flag.</summary>
    Redact,

    /// <summary>Refuse the call (or hide the tool).</summary>
    Block,
}
