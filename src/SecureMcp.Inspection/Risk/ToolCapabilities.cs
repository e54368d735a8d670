namespace SecureMcp.Inspection.Risk;

/// <summary>What a tool can do, as inferred from its definition.</summary>
[Flags]
public enum ToolCapabilities
{
    /// <summary>Nothing risky was inferred.</summary>
    None = 0,

    /// <summary>Runs shell commands, scripts or code.</summary>
    ExecutesCommands = 1,

    /// <summary>Deletes or destroys data.</summary>
    Deletes = 2,

    /// <summary>Creates or changes data.</summary>
    Writes = 4,

    /// <summary>Reaches the network or fetches URLs.</summary>
    Network = 8,

    /// <summary>Reads or handles credentials and secrets.</summary>
    Credentials = 16,

    /// <summary>Reads or writes the file system.</summary>
    FileSystem = 32,

    /// <summary>Runs database queries.</summary>
    Database = 64,

    /// <summary>Sends data to other people or services (email, chat, webhooks).</summary>
    SendsData = 128,

    /// <summary>Claims access to any path on the machine.</summary>
    BroadFileSystem = 256,
}
