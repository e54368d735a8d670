using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelContextProtocol.Protocol;
using SecureMcp.ToolServer.Data;
using SecureMcp.ToolServer.Validation;

namespace SecureMcp.ToolServer.Tools;

/// <summary><c>validator</c>: checks records against field rules and reports every violation.</summary>
internal sealed class ValidatorTool() : ToolBase(
    "validator",
    "Validator",
    "Checks each record against field rules (required, type, min/max, minLength/maxLength, regex pattern, allowed values, unique) " +
    "and reports every violation with its zero-based row index, field and rule. Rules other than required skip missing values.",
    Schema,
    PureComputation())
{
    private const int DefaultMaxViolations = 1000;

    private const string Schema = $$"""
        {
          "type": "object",
          "properties": {
            {{TableArgument.RowsSchema}},
            "rules": {
              "type": "array",
              "minItems": 1,
              "description": "One entry per field to check.",
              "items": {
                "type": "object",
                "properties": {
                  "field": { "type": "string", "minLength": 1, "description": "The field (column) the rule applies to." },
                  "required": { "type": "boolean", "description": "The value must be present and not null or empty." },
                  "type": { "type": "string", "enum": ["string", "number", "integer", "boolean"], "description": "The JSON type the value must have." },
                  "min": { "type": "number", "description": "Smallest allowed numeric value." },
                  "max": { "type": "number", "description": "Largest allowed numeric value." },
                  "minLength": { "type": "integer", "minimum": 0, "description": "Shortest allowed text length." },
                  "maxLength": { "type": "integer", "minimum": 0, "description": "Longest allowed text length." },
                  "pattern": { "type": "string", "description": ".NET regular expression the text must match (evaluated with a timeout)." },
                  "allowed": { "type": "array", "items": { "type": ["string", "number", "boolean", "null"] }, "description": "The only values allowed." },
                  "unique": { "type": "boolean", "description": "No two records may share a value." }
                },
                "required": ["field"],
                "additionalProperties": false
              }
            },
            "maxViolations": { "type": "integer", "minimum": 1, "maximum": 10000, "default": 1000, "description": "Stop listing violations after this many." }
          },
          "required": ["rows", "rules"],
          "additionalProperties": false
        }
        """;

    private static readonly string[] RuleKeys = ["field", "required", "type", "min", "max", "minLength", "maxLength", "pattern", "allowed", "unique"];

    protected override CallToolResult Run(ToolArguments args, CancellationToken cancellationToken)
    {
        var table = TableArgument.Read(args, allowCsv: false);
        var rules = args.ObjectArray("rules", minItems: 1).Select(ReadRule).ToList();
        var max = args.OptionalInt("maxViolations", DefaultMaxViolations, 1, 10_000);
        var violations = RuleValidator.Validate(table, rules);
        return ToolResults.Json(new JsonObject
        {
            ["valid"] = violations.Count == 0,
            ["rowCount"] = table.Rows.Count,
            ["violationCount"] = violations.Count,
            ["truncated"] = violations.Count > max,
            ["violations"] = new JsonArray(violations.Take(max).Select(v => (JsonNode?)new JsonObject
            {
                ["row"] = v.Row,
                ["field"] = v.Field,
                ["rule"] = v.Rule,
                ["message"] = v.Message,
            }).ToArray()),
        });
    }

    private static FieldRule ReadRule(ToolArguments rule)
    {
        rule.EnsureOnly(RuleKeys);
        var pattern = rule.OptionalString("pattern");
        Regex? regex;
        try
        {
            regex = pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException e)
        {
            throw new ToolInputException($"Argument '{rule.PathOf("pattern")}' is not a valid regular expression: {e.Message}", e);
        }

        return new FieldRule
        {
            Field = rule.RequiredString("field"),
            Required = rule.OptionalBool("required", false),
            Type = rule.Has("type") ? rule.OptionalEnum("type", "string", "string", "number", "integer", "boolean") : null,
            Min = rule.OptionalNumber("min"),
            Max = rule.OptionalNumber("max"),
            MinLength = rule.Has("minLength") ? rule.OptionalInt("minLength", 0, 0, int.MaxValue) : null,
            MaxLength = rule.Has("maxLength") ? rule.OptionalInt("maxLength", 0, 0, int.MaxValue) : null,
            Pattern = regex,
            Allowed = rule.Has("allowed") ? rule.RequiredArray("allowed").EnumerateArray().Select(CellValue.FromJson).ToList() : null,
            Unique = rule.OptionalBool("unique", false),
        };
    }
}
