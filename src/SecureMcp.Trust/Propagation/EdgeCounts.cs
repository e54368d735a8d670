namespace SecureMcp.Trust.Propagation;

/// <summary>Satisfied and unsatisfied interaction weight on one directed edge.</summary>
internal readonly record struct EdgeCounts(double Satisfied, double Unsatisfied)
{
    public double Total => Satisfied + Unsatisfied;

    public double PositiveShare => Total > 0 ? Satisfied / Total : 0;
}
