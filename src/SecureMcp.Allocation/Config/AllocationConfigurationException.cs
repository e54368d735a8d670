namespace SecureMcp.Allocation.Config;

/// <summary>Thrown when the allocation configuration is invalid; the message names every bad key.</summary>
public sealed class AllocationConfigurationException : Exception
{
    /// <summary>Creates the exception from the validation messages.</summary>
    public AllocationConfigurationException(IReadOnlyList<string> errors)
        : base("Invalid allocation configuration: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Creates the exception with a single message.</summary>
    public AllocationConfigurationException(string message)
        : base(message) => Errors = [message];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public AllocationConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>Creates an exception with no detail.</summary>
    public AllocationConfigurationException()
        : this("Invalid allocation configuration.")
    {
    }

    /// <summary>One message per invalid key.</summary>
    public IReadOnlyList<string> Errors { get; }
}
