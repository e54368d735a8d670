namespace SecureMcp.Policy.Yaml;

/// <summary>Thrown when a policy file is invalid; the message lists every problem with its line and key path.</summary>
internal sealed class PolicyValidationException : Exception
{
    public PolicyValidationException(string source, IReadOnlyList<PolicyError> errors)
        : base($"Invalid policy {source}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
    {
        Errors = errors;
    }

    public PolicyValidationException()
        : this("policy", [])
    {
    }

    public PolicyValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public PolicyValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<PolicyError> Errors { get; }
}
