namespace SecureMcp.Allocation.Model;

/// <summary>Why an attempt failed.</summary>
public enum FailureKind
{
    /// <summary>It did not fail.</summary>
    None = 0,

    /// <summary>The agent reported an error.</summary>
    Error = 1,

    /// <summary>The result failed the task's validation checks.</summary>
    ValidationFailed = 2,

    /// <summary>No result before the attempt timeout.</summary>
    Timeout = 3,

    /// <summary>The agent crashed or disconnected.</summary>
    Crash = 4,

    /// <summary>An upstream MCP server the task called failed.</summary>
    UpstreamFailed = 5,
}
