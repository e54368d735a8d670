namespace SecureMcp.Allocation.Selection;

/// <summary>Result kind of one allocation decision.</summary>
internal enum DecisionOutcome
{
    Assigned,
    Queued,
    NoEligibleAgent,
}
