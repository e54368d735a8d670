using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Data;
using SecureMcp.ToolServer.Imaging;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>visualizer</c>: a bar or line chart, returned as SVG text and as a PNG image.</summary>
internal sealed class VisualizerTool() : ToolBase(
    "visualizer",
    "Visualizer",
    "Draws a bar or line chart of one or more numeric columns (y) against a category column (x). Returns two content blocks: " +
    "the chart as an SVG document (text, with title, axis labels and legend) and the same chart as a PNG image.",
    Schema,
    PureComputation())
{
    public const int MaxCategories = 500;

    private const string Schema = $$"""
        {
          "type": "object",
          "properties": {
            {{TableArgument.RowsSchema}},
            "type": { "type": "string", "enum": ["bar", "line"], "description": "Chart type." },
            "x": { "type": "string", "description": "Category column, one label per row." },
            "y": { "type": "array", "minItems": 1, "maxItems": 5, "items": { "type": "string" }, "description": "Numeric columns, one series each. Non-numeric cells are gaps." },
            "title": { "type": "string", "maxLength": 200, "description": "Chart title." },
            "width": { "type": "integer", "minimum": 160, "maximum": 2000, "default": 640 },
            "height": { "type": "integer", "minimum": 120, "maximum": 2000, "default": 400 }
          },
          "required": ["rows", "type", "x", "y"],
          "additionalProperties": false
        }
        """;

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var table = TableArgument.Read(args, allowCsv: false);
        var kind = args.RequiredEnum("type", "bar", "line");
        var x = args.RequiredString("x");
        var y = args.StringArray("y", minItems: 1);
        if (y.Count > 5)
        {
            throw new ToolInputException("Argument 'y' allows at most 5 series.");
        }

        foreach (var column in y.Prepend(x).Where(c => !table.Columns.Contains(c)))
        {
            throw new ToolInputException($"Column '{column}' is not in the table. Columns: {string.Join(", ", table.Columns)}.");
        }

        if (table.Rows.Count is 0 or > MaxCategories)
        {
            throw new ToolInputException($"A chart needs 1 to {MaxCategories} rows; got {table.Rows.Count}.");
        }

        var title = args.OptionalString("title") ?? $"{string.Join(", ", y)} by {x}";
        if (title.Length > 200)
        {
            throw new ToolInputException("Argument 'title' is longer than 200 characters.");
        }

        var spec = new ChartSpec(
            kind,
            title,
            table.Rows.Select(r => CellValue.AsText(r.GetValueOrDefault(x))).ToList(),
            y.Select(c => new ChartSeries(c, table.Rows.Select(r => CellValue.AsNumber(r.GetValueOrDefault(c))).ToList())).ToList(),
            args.OptionalInt("width", 640, 160, 2000),
            args.OptionalInt("height", 400, 120, 2000));
        var png = PngEncoder.Encode(RasterChartRenderer.Render(spec));
        return new CallToolResult
        {
            Content =
            [
                new TextContentBlock { Text = SvgChartRenderer.Render(spec) },
                ImageContentBlock.FromBytes(png, "image/png"),
            ],
            IsError = false,
        };
    }
}
