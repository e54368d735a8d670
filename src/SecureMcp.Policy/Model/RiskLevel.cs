namespace SecureMcp.Policy.Model;

/// <summary>How dangerous a tool is, as tool verification rates it. Ordered: a higher value is riskier.</summary>
internal enum RiskLevel
{
    /// <summary>Reads data, no side effects.</summary>
    Low = 1,

    /// <summary>Limited side effects.</summary>
    Medium = 2,

    /// <summary>Writes, deletes or reaches the network.</summary>
    High = 3,

    /// <summary>Can compromise the host, exfiltrate secrets or act irreversibly.</summary>
    Critical = 4,
}
