using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SecureMcp.ToolServer.Reporting;

/// <summary>Builds a Markdown report: title, generation time, and one section per prior result.</summary>
internal static class MarkdownReportBuilder
{
    private const int MaxDepth = 3;

    public static string Build(string title, IReadOnlyList<ReportSection> sections, DateTimeOffset generatedAt, int maxRows)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(OneLine(title)).AppendLine();
        md.Append("_Generated ").Append(generatedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).AppendLine("._").AppendLine();
        foreach (var section in sections)
        {
            md.Append("## ").AppendLine(OneLine(section.Heading)).AppendLine();
            if (!string.IsNullOrWhiteSpace(section.Text))
            {
                md.AppendLine(section.Text.Trim()).AppendLine();
            }

            if (section.Data is { } data)
            {
                WriteValue(md, data, 0, maxRows);
            }
        }

        return md.ToString().TrimEnd() + "\n";
    }

    private static void WriteValue(StringBuilder md, JsonElement value, int depth, int maxRows)
    {
        if (MarkdownTable.IsTable(value))
        {
            MarkdownTable.Write(md, value, maxRows);
        }
        else if (value.ValueKind == JsonValueKind.Object && depth < MaxDepth)
        {
            WriteObject(md, value, depth, maxRows);
        }
        else if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(IsScalar))
        {
            foreach (var item in value.EnumerateArray())
            {
                md.Append("- ").AppendLine(MarkdownTable.Scalar(item));
            }

            md.AppendLine();
        }
        else if (IsScalar(value))
        {
            md.AppendLine(MarkdownTable.Scalar(value)).AppendLine();
        }
        else
        {
            md.AppendLine("```json").AppendLine(value.GetRawText()).AppendLine("```").AppendLine();
        }
    }

    private static void WriteObject(StringBuilder md, JsonElement value, int depth, int maxRows)
    {
        var scalars = value.EnumerateObject().Where(p => IsScalar(p.Value)).ToList();
        foreach (var property in scalars)
        {
            md.Append("- **").Append(property.Name).Append("**: ").AppendLine(MarkdownTable.Scalar(property.Value));
        }

        if (scalars.Count > 0)
        {
            md.AppendLine();
        }

        foreach (var property in value.EnumerateObject().Where(p => !IsScalar(p.Value)))
        {
            md.Append("**").Append(property.Name).AppendLine("**").AppendLine();
            WriteValue(md, property.Value, depth + 1, maxRows);
        }
    }

    private static bool IsScalar(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Trim();
}
