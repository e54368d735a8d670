namespace SecureMcp.Identity.Context;

/// <summary>A context item could not be opened: not a recipient, forged or altered, or an untrusted sender.</summary>
public sealed class ContextAccessDeniedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContextAccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ContextAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ContextAccessDeniedException()
    {
    }
}
