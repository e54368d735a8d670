using System.Globalization;
using System.Text.Json;

namespace SecureMcp.Policy.Matching;

/// <summary>A simple JSON path into call arguments: <c>$.a.b[0].c</c> or <c>$['a b']</c>. No wildcards or filters.</summary>
internal sealed class JsonPath
{
    private readonly object[] _segments;

    private JsonPath(string text, object[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>Parses a path; <c>path</c> alone means <c>$.path</c>.</summary>
    public static bool TryParse(string text, out JsonPath? path, out string? error)
    {
        path = null;
        error = null;
        var s = text.Trim();
        var i = 0;
        if (s.StartsWith('$'))
        {
            i = 1;
        }
        else
        {
            s = "$." + s;
            i = 1;
        }

        var segments = new List<object>();
        while (i < s.Length)
        {
            if (s[i] == '.')
            {
                var start = ++i;
                while (i < s.Length && s[i] != '.' && s[i] != '[')
                {
                    i++;
                }

                if (i == start)
                {
                    error = $"empty property name at position {start} of JSON path '{text}'";
                    return false;
                }

                segments.Add(s[start..i]);
            }
            else if (s[i] == '[')
            {
                var end = s.IndexOf(']', i);
                if (end < 0)
                {
                    error = $"unclosed '[' in JSON path '{text}'";
                    return false;
                }

                var inner = s[(i + 1)..end].Trim();
                if (inner.Length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[^1] == inner[0])
                {
                    segments.Add(inner[1..^1]);
                }
                else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    segments.Add(index);
                }
                else
                {
                    error = $"'[{inner}]' in JSON path '{text}' is neither an index nor a quoted name";
                    return false;
                }

                i = end + 1;
            }
            else
            {
                error = $"unexpected '{s[i]}' in JSON path '{text}' (use $.name, $.name[0] or $['name'])";
                return false;
            }
        }

        if (segments.Count == 0)
        {
            error = $"JSON path '{text}' names no argument";
            return false;
        }

        path = new JsonPath(text, [.. segments]);
        return true;
    }

    /// <summary>Finds the value the path names, without allocating.</summary>
    public bool TryResolve(JsonElement? root, out JsonElement value)
    {
        value = default;
        if (root is not { } current)
        {
            return false;
        }

        foreach (var segment in _segments)
        {
            if (segment is string name)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                {
                    return false;
                }
            }
            else
            {
                var index = (int)segment;
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return false;
                }

                current = current[index];
            }
        }

        value = current;
        return true;
    }

    public override string ToString() => Text;
}
