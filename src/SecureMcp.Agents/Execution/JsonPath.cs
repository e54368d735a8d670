using System.Globalization;
using System.Text.Json.Nodes;

namespace SecureMcp.Agents.Execution;

/// <summary>Reads a value from a JSON tree by a dot path such as <c>columns.0.mean</c>.</summary>
internal static class JsonPath
{
    public static bool TryGet(JsonNode? root, string path, out JsonNode? value)
    {
        value = root;
        if (string.IsNullOrEmpty(path))
        {
            return root is not null;
        }

        foreach (var segment in path.Split('.'))
        {
            value = value switch
            {
                JsonObject obj when obj.TryGetPropertyValue(segment, out var child) => child,
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (value is null)
            {
                return false;
            }
        }

        return true;
    }
}
