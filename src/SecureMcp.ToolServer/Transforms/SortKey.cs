namespace SecureMcp.ToolServer.Transforms;

/// <summary>One key of a multi-key sort.</summary>
internal sealed record SortKey(string Field, bool Descending);
