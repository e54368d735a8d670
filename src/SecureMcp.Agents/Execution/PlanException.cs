namespace SecureMcp.Agents.Execution;

/// <summary>A task plan that cannot run: an unknown reference, a cycle, a duplicate step id.</summary>
public sealed class PlanException : Exception
{
    public PlanException()
    {
    }

    public PlanException(string message)
        : base(message)
    {
    }

    public PlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
