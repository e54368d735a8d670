namespace SecureMcp.Trust.Config;

/// <summary>Thrown when the trust configuration is invalid; the message names every bad key.</summary>
public sealed class TrustConfigurationException : Exception
{
    /// <summary>Creates the exception from the validation messages.</summary>
    public TrustConfigurationException(IReadOnlyList<string> errors)
        : base("Invalid trust configuration: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Creates the exception with a single message.</summary>
    public TrustConfigurationException(string message)
        : base(message) => Errors = [message];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public TrustConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>Creates an exception with no detail.</summary>
    public TrustConfigurationException()
        : this("Invalid trust configuration.")
    {
    }

    /// <summary>One message per invalid key.</summary>
    public IReadOnlyList<string> Errors { get; }
}
