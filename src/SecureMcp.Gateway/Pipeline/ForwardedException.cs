namespace SecureMcp.Gateway.Pipeline;

/// <summary>Wraps an exception thrown past a stage by the rest of the pipeline, so the stage's own failures can be told apart.</summary>
internal sealed class ForwardedException : Exception
{
    public ForwardedException()
    {
    }

    public ForwardedException(string message)
        : base(message)
    {
    }

    public ForwardedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ForwardedException(Exception innerException)
        : base(innerException?.Message, innerException)
    {
    }
}
