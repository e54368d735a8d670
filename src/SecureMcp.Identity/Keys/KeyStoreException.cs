namespace SecureMcp.Identity.Keys;

/// <summary>The key store refused to run: wrong passphrase, unsafe file permissions, missing or corrupt key file.</summary>
public sealed class KeyStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KeyStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public KeyStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public KeyStoreException()
    {
    }
}
