namespace SecureMcp.ToolServer.Transforms;

/// <summary>One row test: <c>field op value</c>. <see cref="Values"/> is used by the in and not_in operators.</summary>
internal sealed record FilterCondition(string Field, string Op, object? Value, IReadOnlyList<object?> Values);
