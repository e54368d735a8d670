namespace SecureMcp.Trust.Direct;

/// <summary>What was observed about one interaction; dimensions left null were not observed.</summary>
public sealed record InteractionOutcome
{
    /// <summary>The agent or upstream server that did the work.</summary>
    public required string Subject { get; init; }

    /// <summary>The capability exercised (tool or task type).</summary>
    public required string Capability { get; init; }

    /// <summary>Who observed it: a peer agent id, or null for the gateway itself. Peer observations feed EigenTrust.</summary>
    public string? Observer { get; init; }

    /// <summary>Whether the task succeeded.</summary>
    public bool? Succeeded { get; init; }

    /// <summary>Whether the result was judged valid by a checker or peer.</summary>
    public bool? Valid { get; init; }

    /// <summary>Whether the result arrived before the deadline.</summary>
    public bool? OnTime { get; init; }

    /// <summary>True for a security violation, false for a clean security check.</summary>
    public bool? SecurityViolation { get; init; }
}
