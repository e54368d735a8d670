using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Reporting;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>reporter</c>: a Markdown report assembled from prior tool results.</summary>
internal sealed class ReporterTool(TimeProvider time) : ToolBase(
    "reporter",
    "Reporter",
    "Builds a Markdown report: a title, the generation time, and one section per entry. A section's data may be any prior tool " +
    "result as JSON: arrays of objects become Markdown tables, objects become bullet lists and sub-sections, other values are shown as text.",
    Schema,
    PureComputation())
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Report title." },
            "sections": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "heading": { "type": "string", "minLength": 1, "description": "Section heading." },
                  "text": { "type": "string", "description": "Prose shown before the data." },
                  "data": { "description": "Any JSON value, typically a prior tool's structured result." }
                },
                "required": ["heading"],
                "additionalProperties": false
              }
            },
            "maxRows": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 50, "description": "Rows shown per table." }
          },
          "required": ["title", "sections"],
          "additionalProperties": false
        }
        """;

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var title = args.RequiredString("title");
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
        {
            throw new ToolInputException("Argument 'title' must be 1 to 200 characters.");
        }

        var sections = args.ObjectArray("sections").Select(s =>
        {
            s.EnsureOnly("heading", "text", "data");
            return new ReportSection(s.RequiredString("heading"), s.OptionalString("text"), s.Get("data"));
        }).ToList();
        var markdown = MarkdownReportBuilder.Build(title, sections, time.GetUtcNow(), args.OptionalInt("maxRows", 50, 1, 1000));
        return ToolResults.Text(markdown);
    }
}
