namespace SecureMcp.Agents.Behavior;

/// <summary>How an agent behaves, for evaluation. The trust engine must catch the bad ones from behaviour alone.</summary>
public enum BehaviorKind
{
    /// <summary>Does its work.</summary>
    Honest,

    /// <summary>Fails a share of its tool calls.</summary>
    Faulty,

    /// <summary>Delays every tool call.</summary>
    Slow,

    /// <summary>Returns falsified numbers for a share of its results and probes for calls outside its grants.</summary>
    Malicious,
}
