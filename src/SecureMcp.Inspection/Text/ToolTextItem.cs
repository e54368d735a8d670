namespace SecureMcp.Inspection.Text;

/// <summary>One piece of text of a tool definition with where it came from.</summary>
/// <param name="Location">A readable path: <c>name</c>, <c>description</c>, <c>inputSchema.properties.path.description</c> …</param>
/// <param name="Text">The text.</param>
/// <param name="Kind">What part of the definition it is.</param>
internal readonly record struct ToolTextItem(string Location, string Text, ToolTextKind Kind);
