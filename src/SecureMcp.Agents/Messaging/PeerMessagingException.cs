namespace SecureMcp.Agents.Messaging;

/// <summary>A share or forward could not be done: a peer was unreachable, refused the channel, or refused the item.</summary>
public sealed class PeerMessagingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PeerMessagingException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PeerMessagingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public PeerMessagingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
