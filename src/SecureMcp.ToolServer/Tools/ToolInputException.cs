namespace SecureMcp.ToolServer.Tools;

/// <summary>Bad tool input; the tool answers with an error result carrying this message.</summary>
internal sealed class ToolInputException : Exception
{
    public ToolInputException()
    {
    }

    public ToolInputException(string message)
        : base(message)
    {
    }

    public ToolInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
