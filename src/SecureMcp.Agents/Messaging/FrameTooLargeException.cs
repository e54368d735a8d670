namespace SecureMcp.Agents.Messaging;

/// <summary>A peer frame announced (or a sender tried to write) more bytes than the connection allows.</summary>
public sealed class FrameTooLargeException : Exception
{
    /// <summary>Creates the exception for a frame of <paramref name="length"/> bytes over <paramref name="limit"/>.</summary>
    public FrameTooLargeException(long length, int limit)
        : base($"frame of {length} bytes exceeds the limit of {limit} bytes")
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>Creates the exception.</summary>
    public FrameTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public FrameTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FrameTooLargeException()
    {
    }

    /// <summary>The announced or attempted frame length.</summary>
    public long Length { get; }

    /// <summary>The limit it broke.</summary>
    public int Limit { get; }
}
