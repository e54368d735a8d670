namespace SecureMcp.Core.Pipeline;

/// <summary>Thrown by a stage to refuse a call. The pipeline turns it into an MCP error and an audit record.</summary>
public sealed class CallDeniedException : Exception
{
    /// <summary>Creates a denial.</summary>
    /// <param name="stage">The stage that refused.</param>
    /// <param name="reason">The reason shown to the caller and written to the audit trail.</param>
    /// <param name="errorCode">The JSON-RPC error code to answer with.</param>
    public CallDeniedException(string stage, string reason, int errorCode = ErrorCodes.Forbidden)
        : base(reason)
    {
        Stage = stage;
        ErrorCode = errorCode;
    }

    public CallDeniedException()
        : this("unknown", "denied")
    {
    }

    public CallDeniedException(string message)
        : this("unknown", message)
    {
    }

    public CallDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Stage = "unknown";
        ErrorCode = ErrorCodes.Forbidden;
    }

    /// <summary>The stage that refused.</summary>
    public string Stage { get; }

    /// <summary>The JSON-RPC error code.</summary>
    public int ErrorCode { get; }
}
