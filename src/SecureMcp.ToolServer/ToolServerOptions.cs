namespace SecureMcp.ToolServer;

/// <summary>Configuration of the sample tool server.</summary>
public sealed record ToolServerOptions
{
    /// <summary>Largest allowed value of <see cref="MaxFileBytes"/> (256 MiB).</summary>
    public const long MaxFileBytesLimit = 256L * 1024 * 1024;

    /// <summary>The one folder <c>file_store</c> may touch; created when missing.</summary>
    public required string SandboxRoot { get; init; }

    /// <summary>The largest file <c>file_store</c> will write or read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 1_048_576;

    /// <summary>The server version reported in <c>serverInfo</c>; defaults to the assembly version.</summary>
    public string? ServerVersion { get; init; }

    /// <summary>A deployment note appended to every tool's description (for example "the data here is synthetic").</summary>
    /// <remarks>Changing it changes every tool definition, which the gateway's pinning treats as a change to re-approve.</remarks>
    public string? ToolNote { get; init; }

    /// <summary>Checks every setting and throws an <see cref="ArgumentException"/> naming the bad key.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(SandboxRoot))
        {
            throw new ArgumentException("ToolServer:SandboxRoot is required: the folder file_store works in.", nameof(SandboxRoot));
        }

        if (SandboxRoot.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("ToolServer:SandboxRoot contains a NUL character.", nameof(SandboxRoot));
        }

        if (MaxFileBytes <= 0 || MaxFileBytes > MaxFileBytesLimit)
        {
            throw new ArgumentException(
                $"ToolServer:MaxFileBytes must be between 1 and {MaxFileBytesLimit}; got {MaxFileBytes}.", nameof(MaxFileBytes));
        }

        if (ServerVersion is not null && string.IsNullOrWhiteSpace(ServerVersion))
        {
            throw new ArgumentException("ToolServer:ServerVersion must not be blank when set.", nameof(ServerVersion));
        }
    }
}
