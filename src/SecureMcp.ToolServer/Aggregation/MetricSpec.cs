namespace SecureMcp.ToolServer.Aggregation;

/// <summary>One output column of a group-by: <c>Op(Field) as Alias</c>. Count may omit the field.</summary>
internal sealed record MetricSpec(string? Field, string Op, string Alias);
