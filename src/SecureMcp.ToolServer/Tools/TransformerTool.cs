using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Data;
using SecureMcp.ToolServer.Transforms;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>transformer</c>: join, filter, compute, rename, select, sort and limit a table.</summary>
internal sealed class TransformerTool() : ToolBase(
    "transformer",
    "Transformer",
    "Transforms a table. Steps run in this fixed order, each optional: join (with a second table on a key), filter (all conditions must hold), " +
    "compute (new columns from arithmetic or concatenation), rename, select (keep and order columns), sort (multi-key, stable), limit.",
    Schema,
    PureComputation())
{
    private const string Schema = $$"""
        {
          "type": "object",
          "properties": {
            {{TableArgument.RowsSchema}},
            {{TableArgument.CsvSchema}},
            "join": {
              "type": "object",
              "description": "Join with a second table. Right-hand columns whose names clash get the prefix right_.",
              "properties": {
                "rows": { "type": "array", "items": { "type": "object" }, "description": "The right-hand table." },
                "leftKey": { "type": "string", "description": "Key column of the input table." },
                "rightKey": { "type": "string", "description": "Key column of the right-hand table; defaults to leftKey." },
                "type": { "type": "string", "enum": ["inner", "left"], "default": "inner", "description": "inner drops unmatched input rows; left keeps them." }
              },
              "required": ["rows", "leftKey"],
              "additionalProperties": false
            },
            "filter": {
              "type": "array",
              "description": "Conditions that must all hold for a row to be kept.",
              "items": {
                "type": "object",
                "properties": {
                  "field": { "type": "string" },
                  "op": { "type": "string", "enum": ["eq", "ne", "gt", "gte", "lt", "lte", "contains", "starts_with", "in", "not_in", "is_null", "not_null"] },
                  "value": { "type": ["string", "number", "boolean", "null"], "description": "Operand of the comparison operators." },
                  "values": { "type": "array", "items": { "type": ["string", "number", "boolean", "null"] }, "description": "Operand of in and not_in." }
                },
                "required": ["field", "op"],
                "additionalProperties": false
              }
            },
            "compute": {
              "type": "array",
              "description": "New or replaced columns: name = left op (right column or literal value).",
              "items": {
                "type": "object",
                "properties": {
                  "name": { "type": "string", "minLength": 1 },
                  "left": { "type": "string", "description": "Left operand column." },
                  "op": { "type": "string", "enum": ["add", "subtract", "multiply", "divide", "concat", "copy"] },
                  "right": { "type": "string", "description": "Right operand column." },
                  "value": { "type": ["string", "number"], "description": "Right operand literal, instead of right." }
                },
                "required": ["name", "left", "op"],
                "additionalProperties": false
              }
            },
            "rename": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Old column name to new name." },
            "select": { "type": "array", "items": { "type": "string" }, "description": "Columns to keep, in output order." },
            "sort": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "field": { "type": "string" },
                  "direction": { "type": "string", "enum": ["asc", "desc"], "default": "asc" }
                },
                "required": ["field"],
                "additionalProperties": false
              }
            },
            "limit": { "type": "integer", "minimum": 0, "description": "Keep at most this many rows." }
          },
          "additionalProperties": false
        }
        """;

    private static readonly string[] Ops = ["eq", "ne", "gt", "gte", "lt", "lte", "contains", "starts_with", "in", "not_in", "is_null", "not_null"];

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var table = TableArgument.Read(args);
        var spec = new TransformSpec
        {
            Join = args.Get("join") is { } join ? ReadJoin(ToolArguments.FromObject(join, "join")) : null,
            Filters = args.ObjectArray("filter").Select(ReadFilter).ToList(),
            Computes = args.ObjectArray("compute").Select(ReadCompute).ToList(),
            Rename = ReadRename(args),
            Select = args.StringArray("select"),
            Sort = args.ObjectArray("sort").Select(s =>
            {
                s.EnsureOnly("field", "direction");
                return new SortKey(s.RequiredString("field"), s.OptionalEnum("direction", "asc", "asc", "desc") == "desc");
            }).ToList(),
            Limit = args.Has("limit") ? args.OptionalInt("limit", 0, 0, int.MaxValue) : null,
        };
        var result = TableTransformer.Apply(table, spec);
        return ToolResults.Json(new JsonObject
        {
            ["columns"] = TableJson.ToColumns(result.Columns),
            ["rowCount"] = result.Rows.Count,
            ["rows"] = TableJson.ToRows(result),
        });
    }

    private static JoinSpec ReadJoin(ToolArguments join)
    {
        join.EnsureOnly("rows", "leftKey", "rightKey", "type");
        var leftKey = join.RequiredString("leftKey");
        var right = TableReader.FromJsonRows(join.RequiredArray("rows"), join.PathOf("rows"));
        var kind = join.OptionalEnum("type", "inner", "inner", "left");
        return new JoinSpec(right, leftKey, join.OptionalString("rightKey") ?? leftKey, kind == "left");
    }

    private static FilterCondition ReadFilter(ToolArguments filter)
    {
        filter.EnsureOnly("field", "op", "value", "values");
        var op = filter.RequiredEnum("op", Ops);
        var values = op is "in" or "not_in"
            ? filter.RequiredArray("values").EnumerateArray().Select(CellValue.FromJson).ToList()
            : [];
        if (op is not ("in" or "not_in" or "is_null" or "not_null") && !filter.Has("value"))
        {
            throw new ToolInputException($"Argument '{filter.PathOf("value")}' is required for operator '{op}'.");
        }

        return new FilterCondition(filter.RequiredString("field"), op, filter.Get("value") is { } v ? CellValue.FromJson(v) : null, values);
    }

    private static ComputeSpec ReadCompute(ToolArguments compute)
    {
        compute.EnsureOnly("name", "left", "op", "right", "value");
        var op = compute.RequiredEnum("op", "add", "subtract", "multiply", "divide", "concat", "copy");
        var hasRight = compute.Has("right");
        if (op != "copy" && hasRight == compute.Has("value"))
        {
            throw new ToolInputException($"Give exactly one of '{compute.PathOf("right")}' or '{compute.PathOf("value")}' for operator '{op}'.");
        }

        var value = compute.Get("value") is { } v ? CellValue.FromJson(v) : null;
        return new ComputeSpec(compute.RequiredString("name"), compute.RequiredString("left"), op, compute.OptionalString("right"), value);
    }

    private static Dictionary<string, string> ReadRename(ToolArguments args)
    {
        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        if (args.Get("rename") is not { } element)
        {
            return rename;
        }

        var map = ToolArguments.FromObject(element, "rename");
        foreach (var from in map.Names)
        {
            rename[from] = map.RequiredString(from);
        }

        return rename;
    }
}
