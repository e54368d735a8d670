namespace SecureMcp.Identity.Channel;

/// <summary>A handshake or message was refused; <see cref="Exception.Message"/> is one of <see cref="ChannelFailures"/> (with detail after a colon).</summary>
public sealed class SecureChannelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SecureChannelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SecureChannelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SecureChannelException()
    {
    }
}
