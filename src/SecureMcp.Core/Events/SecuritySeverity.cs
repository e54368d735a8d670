namespace SecureMcp.Core.Events;

/// <summary>How serious a <see cref="SecurityEvent"/> is, from routine to critical.</summary>
public enum SecuritySeverity
{
    /// <summary>Routine information (a release, a reload).</summary>
    Info,

    /// <summary>Low: worth recording.</summary>
    Low,

    /// <summary>Medium: a refused call, a suspicious pattern.</summary>
    Medium,

    /// <summary>High: a likely attack.</summary>
    High,

    /// <summary>Critical: an attack in progress or a compromised component.</summary>
    Critical,
}
