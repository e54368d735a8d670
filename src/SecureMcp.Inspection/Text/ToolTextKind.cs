namespace SecureMcp.Inspection.Text;

/// <summary>What part of a tool definition a piece of text comes from.</summary>
internal enum ToolTextKind
{
    Name,
    Title,
    Description,
    ParameterName,
    ParameterDescription,
    SchemaValue,
}
