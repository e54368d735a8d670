namespace SecureMcp.Core.Tasks;

/// <summary>How sensitive a task's data is; an agent's clearance must be at least the task's sensitivity.</summary>
public enum SensitivityLevel
{
    /// <summary>Public data.</summary>
    Public = 0,

    /// <summary>Internal data.</summary>
    Internal = 1,

    /// <summary>Confidential data.</summary>
    Confidential = 2,

    /// <summary>Secret data.</summary>
    Secret = 3,
}
