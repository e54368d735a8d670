namespace SecureMcp.Inspection.Policy;

/// <summary>The inspection policy is malformed; the message names the offending key.</summary>
public sealed class InspectionConfigurationException : Exception
{
    public InspectionConfigurationException()
    {
    }

    public InspectionConfigurationException(string message)
        : base(message)
    {
    }

    public InspectionConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
