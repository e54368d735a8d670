namespace SecureMcp.ToolServer.Transforms;

/// <summary>A new or replaced column: <c>Name = Left Op (RightField or RightValue)</c>.</summary>
internal sealed record ComputeSpec(string Name, string Left, string Op, string? RightField, object? RightValue);
