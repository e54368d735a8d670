namespace SecureMcp.Allocation.Config;

/// <summary>The selection policy.</summary>
internal enum SelectionMode
{
    TrustAware,
    Random,
    RoundRobin,
}
