namespace SecureMcp.Core.Inspection;

/// <summary>How much harm a tool can do if misused, from read-only lookups to arbitrary code execution.</summary>
/// <remarks>Computed by tool inspection from annotations, name, description, schema and server; policy (ABAC) can use it.</remarks>
public enum RiskLevel
{
    /// <summary>Reads or computes without side effects outside the server.</summary>
    Low,

    /// <summary>Writes local state, reads the file system or reaches the network.</summary>
    Medium,

    /// <summary>Deletes or overwrites data, handles credentials, or sends data out.</summary>
    High,

    /// <summary>Executes commands or code, or combines several high-risk capabilities.</summary>
    Critical,
}
