namespace SecureMcp.Allocation.Model;

/// <summary>What the scheduler did with a reported result.</summary>
public enum CompletionDisposition
{
    /// <summary>The result was accepted; the task succeeded.</summary>
    Succeeded,

    /// <summary>The result was recorded; another replica must agree before it is accepted.</summary>
    AwaitingVerification,

    /// <summary>The attempt failed and the task was reassigned (or queued for reassignment).</summary>
    Reassigned,

    /// <summary>The task was reported failed (retry budget spent, no eligible agent, unverifiable).</summary>
    ReportedFailed,

    /// <summary>The attempt was not current (timed out, agent declared lost, task finished): nothing changed.</summary>
    Ignored,
}
