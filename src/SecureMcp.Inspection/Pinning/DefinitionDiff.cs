using System.Text.Json;

namespace SecureMcp.Inspection.Pinning;

/// <summary>A readable diff between two canonical tool definitions: one line per changed JSON path, line diffs for long text.</summary>
public static class DefinitionDiff
{
    private const int MaxValue = 200;

    /// <summary>Lines such as <c>~ description</c> followed by <c>-</c>/<c>+</c> lines, <c>+ inputSchema.properties.x: {...}</c>.</summary>
    /// <param name="before">The approved canonical JSON (null when there is none).</param>
    /// <param name="after">The observed canonical JSON.</param>
    public static IReadOnlyList<string> Compute(string? before, string after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var lines = new List<string>();
        using var newDoc = JsonDocument.Parse(after);
        if (before is null)
        {
            lines.Add("+ (new tool) " + Shorten(newDoc.RootElement.GetRawText()));
            return lines;
        }

        using var oldDoc = JsonDocument.Parse(before);
        Compare(oldDoc.RootElement, newDoc.RootElement, "", lines);
        return lines;
    }

    private static void Compare(JsonElement a, JsonElement b, string path, List<string> lines)
    {
        if (a.ValueKind == JsonValueKind.Object && b.ValueKind == JsonValueKind.Object)
        {
            var keys = a.EnumerateObject().Select(p => p.Name).Union(b.EnumerateObject().Select(p => p.Name)).Order(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var child = path.Length == 0 ? key : path + "." + key;
                var inA = a.TryGetProperty(key, out var va);
                var inB = b.TryGetProperty(key, out var vb);
                if (!inA)
                {
                    lines.Add($"+ {child}: {Shorten(vb.GetRawText())}");
                }
                else if (!inB)
                {
                    lines.Add($"- {child}: {Shorten(va.GetRawText())}");
                }
                else
                {
                    Compare(va, vb, child, lines);
                }
            }

            return;
        }

        if (a.ValueKind == JsonValueKind.Array && b.ValueKind == JsonValueKind.Array && a.GetArrayLength() == b.GetArrayLength())
        {
            for (var i = 0; i < a.GetArrayLength(); i++)
            {
                Compare(a[i], b[i], $"{path}[{i}]", lines);
            }

            return;
        }

        if (JsonElement.DeepEquals(a, b))
        {
            return;
        }

        if (a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String)
        {
            lines.Add($"~ {path}");
            lines.AddRange(TextDiff.Lines(a.GetString()!, b.GetString()!).Select(l => "    " + l));
            return;
        }

        lines.Add($"~ {path}: {Shorten(a.GetRawText())} -> {Shorten(b.GetRawText())}");
    }

    private static string Shorten(string text) => text.Length <= MaxValue ? text : string.Concat(text.AsSpan(0, MaxValue), "…");
}
