namespace SecureMcp.ToolServer.Sandbox;

/// <summary>One listed sandbox entry; <see cref="Kind"/> is file, directory or link (links are not followed).</summary>
internal sealed record SandboxEntry(string Path, string Kind, long Size, DateTimeOffset Modified);
