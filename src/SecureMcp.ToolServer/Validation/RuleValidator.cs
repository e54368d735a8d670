using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Validation;

/// <summary>Checks every row against every field rule and lists the violations in row order.</summary>
internal static class RuleValidator
{
    public static List<Violation> Validate(TableData table, IReadOnlyList<FieldRule> rules)
    {
        var violations = new List<Violation>();
        var seen = rules.Where(r => r.Unique).ToDictionary(r => r, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            foreach (var rule in rules)
            {
                var value = table.Rows[i].GetValueOrDefault(rule.Field);
                if (value is null || value is string { Length: 0 })
                {
                    if (rule.Required)
                    {
                        violations.Add(new Violation(i, rule.Field, "required", "value is missing"));
                    }

                    continue;
                }

                CheckValue(i, rule, value, violations);
                if (rule.Unique && !seen[rule].TryAdd(CellValue.Key(value), i))
                {
                    violations.Add(new Violation(i, rule.Field, "unique", $"duplicates the value in row {seen[rule][CellValue.Key(value)]}"));
                }
            }
        }

        return violations;
    }

    private static void CheckValue(int row, FieldRule rule, object value, List<Violation> violations)
    {
        void Add(string name, string message) => violations.Add(new Violation(row, rule.Field, name, message));

        if (rule.Type is not null && !HasType(value, rule.Type))
        {
            Add("type", $"expected {rule.Type} but got {KindOf(value)}");
            return;
        }

        if (CellValue.AsNumber(value) is { } number && value is not bool)
        {
            if (rule.Min is { } min && number < min)
            {
                Add("min", $"{CellValue.AsText(value)} is less than {CellValue.AsText(min)}");
            }

            if (rule.Max is { } max && number > max)
            {
                Add("max", $"{CellValue.AsText(value)} is greater than {CellValue.AsText(max)}");
            }
        }

        var text = CellValue.AsText(value);
        if (rule.MinLength is { } minLength && text.Length < minLength)
        {
            Add("minLength", $"length {text.Length} is less than {minLength}");
        }

        if (rule.MaxLength is { } maxLength && text.Length > maxLength)
        {
            Add("maxLength", $"length {text.Length} is greater than {maxLength}");
        }

        if (rule.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            Add("pattern", $"'{text}' does not match /{pattern}/");
        }

        if (rule.Allowed is { } allowed && !allowed.Any(a => CellValue.Key(a) == CellValue.Key(value)))
        {
            Add("allowed", $"'{text}' is not one of the allowed values");
        }
    }

    private static bool HasType(object value, string type) => type switch
    {
        "string" => value is string,
        "number" => value is double,
        "integer" => value is double d && d == Math.Floor(d),
        "boolean" => value is bool,
        _ => false,
    };

    private static string KindOf(object value) => value switch
    {
        string => "string",
        double => "number",
        bool => "boolean",
        _ => "value",
    };
}
