namespace SecureMcp.Policy.Incidents;

/// <summary>What incident response does when a rule fires.</summary>
internal enum IncidentActionKind
{
    /// <summary>Refuse every call of the principal and close its sessions until an operator releases it.</summary>
    QuarantinePrincipal,

    /// <summary>Hide and refuse the event's tool until released.</summary>
    QuarantineTool,

    /// <summary>Hide and refuse every tool of the event's upstream until released.</summary>
    QuarantineUpstream,

    /// <summary>Add a temporary, tighter rate limit for the principal.</summary>
    TightenRateLimit,

    /// <summary>Raise an alert to the log and, when configured, the webhook.</summary>
    Alert,
}
