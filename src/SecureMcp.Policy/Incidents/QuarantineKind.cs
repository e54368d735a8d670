namespace SecureMcp.Policy.Incidents;

/// <summary>What is quarantined.</summary>
internal enum QuarantineKind
{
    Principal,
    Tool,
    Upstream,
}
