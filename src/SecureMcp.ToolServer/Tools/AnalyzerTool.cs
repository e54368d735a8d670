using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Analysis;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>analyzer</c>: descriptive statistics per numeric column and Pearson correlations.</summary>
internal sealed class AnalyzerTool() : ToolBase(
    "analyzer",
    "Analyzer",
    "Computes descriptive statistics for every numeric column of a table (count, missing, mean, sample standard deviation, min, " +
    "first quartile, median, third quartile, max; quartiles by linear interpolation) and the Pearson correlation of every pair of " +
    "numeric columns over the rows where both have values. Undefined statistics are null.",
    Schema,
    PureComputation())
{
    private const string Schema = $$"""
        {
          "type": "object",
          "properties": {
            {{TableArgument.RowsSchema}},
            {{TableArgument.CsvSchema}},
            "columns": { "type": "array", "items": { "type": "string" }, "description": "Columns to analyse; all columns when omitted." }
          },
          "additionalProperties": false
        }
        """;

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var table = TableArgument.Read(args);
        var columns = args.StringArray("columns");
        foreach (var missing in columns.Where(c => !table.Columns.Contains(c)))
        {
            throw new ToolInputException($"Column '{missing}' is not in the table. Columns: {string.Join(", ", table.Columns)}.");
        }

        var analysis = TableAnalyzer.Analyze(table, columns);
        return ToolResults.Json(new JsonObject
        {
            ["rowCount"] = analysis.RowCount,
            ["columns"] = new JsonArray(analysis.Columns.Select(c => (JsonNode?)new JsonObject
            {
                ["name"] = c.Name,
                ["count"] = c.Count,
                ["missing"] = c.Missing,
                ["mean"] = JsonNumbers.Of(c.Mean),
                ["std"] = JsonNumbers.Of(c.StandardDeviation),
                ["min"] = JsonNumbers.Of(c.Min),
                ["q1"] = JsonNumbers.Of(c.Q1),
                ["median"] = JsonNumbers.Of(c.Median),
                ["q3"] = JsonNumbers.Of(c.Q3),
                ["max"] = JsonNumbers.Of(c.Max),
            }).ToArray()),
            ["nonNumericColumns"] = Data.TableJson.ToColumns(analysis.NonNumericColumns),
            ["correlations"] = new JsonArray(analysis.Correlations.Select(c => (JsonNode?)new JsonObject
            {
                ["left"] = c.Left,
                ["right"] = c.Right,
                ["r"] = JsonNumbers.Of(c.R),
                ["pairs"] = c.Pairs,
            }).ToArray()),
        });
    }
}
