namespace SecureMcp.ToolServer.Validation;

/// <summary>One broken rule: zero-based row index, field, rule name and a readable message.</summary>
internal sealed record Violation(int Row, string Field, string Rule, string Message);
