using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Aggregation;
using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>aggregator</c>: group-by on one or more keys with sum, mean, count, min and max.</summary>
internal sealed class AggregatorTool() : ToolBase(
    "aggregator",
    "Aggregator",
    "Groups rows by one or more key columns and computes metrics per group: sum, mean, min and max of a numeric column, and count " +
    "(rows, or non-null values of a field). Groups appear in the order their first row appears. The sum of no values is 0; mean, min and max of no values are null.",
    Schema,
    PureComputation())
{
    private const string Schema = $$"""
        {
          "type": "object",
          "properties": {
            {{TableArgument.RowsSchema}},
            {{TableArgument.CsvSchema}},
            "groupBy": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Key columns." },
            "metrics": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "properties": {
                  "op": { "type": "string", "enum": ["sum", "mean", "count", "min", "max"] },
                  "field": { "type": "string", "description": "The column to aggregate; optional for count (then rows are counted)." },
                  "as": { "type": "string", "description": "Output column name; defaults to op_field (or count)." }
                },
                "required": ["op"],
                "additionalProperties": false
              }
            }
          },
          "required": ["groupBy", "metrics"],
          "additionalProperties": false
        }
        """;

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var table = TableArgument.Read(args);
        var keys = args.StringArray("groupBy", minItems: 1);
        var metrics = args.ObjectArray("metrics", minItems: 1).Select(ReadMetric).ToList();
        var names = keys.Concat(metrics.Select(m => m.Alias)).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ToolInputException($"Output column names must be unique: {string.Join(", ", names)}. Use 'as' to rename.");
        }

        var result = GroupAggregator.Aggregate(table, keys, metrics);
        return ToolResults.Json(new JsonObject
        {
            ["columns"] = TableJson.ToColumns(result.Columns),
            ["groupCount"] = result.Rows.Count,
            ["rows"] = TableJson.ToRows(result),
        });
    }

    private static MetricSpec ReadMetric(ToolArguments metric)
    {
        metric.EnsureOnly("op", "field", "as");
        var op = metric.RequiredEnum("op", "sum", "mean", "count", "min", "max");
        var field = metric.OptionalString("field");
        if (field is null && op != "count")
        {
            throw new ToolInputException($"Argument '{metric.PathOf("field")}' is required for '{op}'.");
        }

        return new MetricSpec(field, op, metric.OptionalString("as") ?? (field is null ? op : $"{op}_{field}"));
    }
}
