namespace SecureMcp.Inspection.Arguments;

/// <summary>One string value of the arguments with the name of the property that holds it; its JSON path is built only when a finding needs it.</summary>
/// <param name="Parent">The JSON path of the containing object or array.</param>
/// <param name="Name">The property name (for array items: the array's property name).</param>
/// <param name="Index">The array index, or -1 for an object member.</param>
/// <param name="Value">The string.</param>
internal readonly record struct StringArgument(string Parent, string Name, int Index, string Value)
{
    /// <summary>The JSON path, for example <c>$.paths[1]</c>.</summary>
    public string Path => Index >= 0 ? $"{Parent}[{Index}]" : Parent + "." + Name;
}
