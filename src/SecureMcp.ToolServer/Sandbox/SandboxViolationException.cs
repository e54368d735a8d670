namespace SecureMcp.ToolServer.Sandbox;

/// <summary>A path that would leave the sandbox, or that is written in a form the sandbox refuses.</summary>
internal sealed class SandboxViolationException : Exception
{
    public SandboxViolationException()
    {
    }

    public SandboxViolationException(string message)
        : base(message)
    {
    }

    public SandboxViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
