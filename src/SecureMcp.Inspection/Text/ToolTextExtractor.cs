using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace SecureMcp.Inspection.Text;

/// <summary>Lists every piece of text of a tool definition that a model reads: name, title, descriptions, schema strings.</summary>
internal static class ToolTextExtractor
{
    private const int MaxDepth = 24;

    public static List<ToolTextItem> Extract(Tool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var items = new List<ToolTextItem>(8) { new("name", tool.Name, ToolTextKind.Name) };
        if (!string.IsNullOrEmpty(tool.Title))
        {
            items.Add(new("title", tool.Title, ToolTextKind.Title));
        }

        if (!string.IsNullOrEmpty(tool.Description))
        {
            items.Add(new("description", tool.Description, ToolTextKind.Description));
        }

        if (!string.IsNullOrEmpty(tool.Annotations?.Title))
        {
            items.Add(new("annotations.title", tool.Annotations.Title, ToolTextKind.Title));
        }

        Walk(tool.InputSchema, "inputSchema", items, 0);
        if (tool.OutputSchema is { } output)
        {
            Walk(output, "outputSchema", items, 0);
        }

        return items;
    }

    private static void Walk(JsonElement element, string path, List<ToolTextItem> items, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var childPath = path + "." + property.Name;
                    if (property.NameEquals("properties") && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var parameter in property.Value.EnumerateObject())
                        {
                            items.Add(new(childPath + "." + parameter.Name, parameter.Name, ToolTextKind.ParameterName));
                            Walk(parameter.Value, childPath + "." + parameter.Name, items, depth + 1);
                        }
                    }
                    else if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        var kind = property.NameEquals("description") || property.NameEquals("title")
                            ? ToolTextKind.ParameterDescription
                            : ToolTextKind.SchemaValue;
                        items.Add(new(childPath, property.Value.GetString()!, kind));
                    }
                    else
                    {
                        Walk(property.Value, childPath, items, depth + 1);
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var childPath = path + "[" + index++ + "]";
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        items.Add(new(childPath, item.GetString()!, ToolTextKind.SchemaValue));
                    }
                    else
                    {
                        Walk(item, childPath, items, depth + 1);
                    }
                }

                break;
        }
    }
}
