using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Cleaning;
using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>data_processor</c>: cleans and normalises a CSV or JSON table.</summary>
internal sealed class DataProcessorTool() : ToolBase(
    "data_processor",
    "Data processor",
    "Cleans and normalises a table given as CSV text or JSON rows: trims text, turns missing markers (empty, NA, N/A, null, -) into null, " +
    "infers column types (integer, number, boolean, string) and parses numbers such as \"1,234.5\", \"$12\" or \"45%\", removes duplicate rows, " +
    "handles missing values and optionally rescales numeric columns. Returns the cleaned table as JSON with column types and a summary.",
    Schema,
    PureComputation())
{
    private const string Schema = $$"""
        {
          "type": "object",
          "properties": {
            {{TableArgument.RowsSchema}},
            {{TableArgument.CsvSchema}},
            "trim": { "type": "boolean", "default": true, "description": "Trim whitespace around text cells." },
            "inferTypes": { "type": "boolean", "default": true, "description": "Infer column types and convert cells to them." },
            "dedupe": { "type": "boolean", "default": true, "description": "Remove exact duplicate rows (first one kept)." },
            "missing": {
              "type": "string", "enum": ["keep", "drop_row", "fill_mean", "fill_median", "fill_value"], "default": "keep",
              "description": "Missing values: keep as null, drop rows that have any, fill numeric columns with mean or median, or fill every column with fillValue."
            },
            "fillValue": { "type": ["string", "number", "boolean"], "description": "The value used when missing is fill_value." },
            "scale": {
              "type": "string", "enum": ["none", "minmax", "zscore"], "default": "none",
              "description": "Rescale numeric columns to [0, 1] (minmax) or to mean 0 and standard deviation 1 (zscore)."
            },
            "scaleColumns": { "type": "array", "items": { "type": "string" }, "description": "Columns to rescale; all numeric columns when omitted." }
          },
          "additionalProperties": false
        }
        """;

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var table = TableArgument.Read(args);
        var options = new CleaningOptions
        {
            Trim = args.OptionalBool("trim", true),
            InferTypes = args.OptionalBool("inferTypes", true),
            Dedupe = args.OptionalBool("dedupe", true),
            Missing = args.OptionalEnum("missing", "keep", "keep", "drop_row", "fill_mean", "fill_median", "fill_value") switch
            {
                "drop_row" => MissingValueStrategy.DropRow,
                "fill_mean" => MissingValueStrategy.FillMean,
                "fill_median" => MissingValueStrategy.FillMedian,
                "fill_value" => MissingValueStrategy.FillValue,
                _ => MissingValueStrategy.Keep,
            },
            FillValue = args.Get("fillValue") is { } fill ? CellValue.FromJson(fill) : null,
            Scale = args.OptionalEnum("scale", "none", "none", "minmax", "zscore") switch
            {
                "minmax" => ScalingMode.MinMax,
                "zscore" => ScalingMode.ZScore,
                _ => ScalingMode.None,
            },
            ScaleColumns = args.StringArray("scaleColumns"),
        };
        if (options.Missing == MissingValueStrategy.FillValue && options.FillValue is null)
        {
            throw new ToolInputException("Argument 'fillValue' is required when missing is fill_value.");
        }

        if (options.FillValue is string && args.Get("fillValue")!.Value.ValueKind != JsonValueKind.String)
        {
            throw new ToolInputException("Argument 'fillValue' must be a string, number or boolean.");
        }

        var report = TableCleaner.Clean(table, options);
        return ToolResults.Json(new JsonObject
        {
            ["columns"] = new JsonArray(table.Columns.Select(c => (JsonNode?)new JsonObject { ["name"] = c, ["type"] = report.ColumnTypes[c] }).ToArray()),
            ["rows"] = TableJson.ToRows(table),
            ["summary"] = new JsonObject
            {
                ["inputRows"] = report.InputRows,
                ["outputRows"] = report.OutputRows,
                ["duplicatesRemoved"] = report.DuplicatesRemoved,
                ["rowsDropped"] = report.RowsDropped,
                ["missingCells"] = report.MissingCells,
                ["cellsFilled"] = report.CellsFilled,
            },
        });
    }
}
