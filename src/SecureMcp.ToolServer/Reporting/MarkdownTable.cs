using System.Text;
using System.Text.Json;

namespace SecureMcp.ToolServer.Reporting;

/// <summary>Renders an array of JSON objects as a GitHub-flavoured Markdown table.</summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder md, JsonElement rows, int maxRows)
    {
        var columns = rows.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        if (columns.Count == 0)
        {
            md.AppendLine("_(no columns)_").AppendLine();
            return;
        }

        md.Append("| ").AppendJoin(" | ", columns.Select(Cell)).AppendLine(" |");
        md.Append('|').AppendJoin('|', columns.Select(_ => " --- ")).AppendLine("|");
        var count = 0;
        foreach (var row in rows.EnumerateArray().Take(maxRows))
        {
            md.Append("| ").AppendJoin(" | ", columns.Select(c => row.TryGetProperty(c, out var v) ? Cell(Scalar(v)) : string.Empty)).AppendLine(" |");
            count++;
        }

        var total = rows.GetArrayLength();
        if (total > count)
        {
            md.AppendLine().Append("_… ").Append(total - count).AppendLine(" more rows not shown._");
        }

        md.AppendLine();
    }

    public static bool IsTable(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object);

    public static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
