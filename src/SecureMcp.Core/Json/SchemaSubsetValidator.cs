using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SecureMcp.Core.Json;

/// <summary>Checks a JSON value against the subset of JSON Schema that MCP tool input schemas use.</summary>
/// <remarks>
/// No JSON Schema package resolves from the registry mirror here (see docs/dependencies.md). Supported keywords:
/// type, properties, required, additionalProperties, items, enum, const, minimum, maximum, exclusiveMinimum,
/// exclusiveMaximum, minLength, maxLength, pattern, minItems, maxItems, anyOf, oneOf, allOf. Other keywords
/// (<c>$ref</c>, format …) are not enforced, so a schema that relies on them is checked only in part.
/// </remarks>
public static class SchemaSubsetValidator
{
    private const int MaxErrors = 10;

    /// <summary>Returns the violations found, each as "path: problem"; empty when the value conforms.</summary>
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (errors.Count >= MaxErrors || schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            errors.Add($"{path}: expected {Describe(type)}, got {KindName(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var options) && options.ValueKind == JsonValueKind.Array &&
            !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: must be one of {options.GetRawText()}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: must equal {constant.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, path, errors);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value.GetDouble(), path, errors);
                break;
        }

        CheckCombinators(schema, value, path, errors);
    }

    private static void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String))
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing required property '{name.GetString()}'");
                }
            }
        }

        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: unexpected property '{property.Name}'");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, childPath, errors);
            }
        }
    }

    private static void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var minItems) && count < minItems)
        {
            errors.Add($"{path}: needs at least {minItems} items, has {count}");
        }

        if (schema.TryGetProperty("maxItems", out var max) && max.TryGetInt32(out var maxItems) && count > maxItems)
        {
            errors.Add($"{path}: allows at most {maxItems} items, has {count}");
        }

        if (schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private static void CheckString(JsonElement schema, string text, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var min) && min.TryGetInt32(out var minLength) && text.Length < minLength)
        {
            errors.Add($"{path}: shorter than {minLength} characters");
        }

        if (schema.TryGetProperty("maxLength", out var max) && max.TryGetInt32(out var maxLength) && text.Length > maxLength)
        {
            errors.Add($"{path}: longer than {maxLength} characters");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String)
        {
            try
            {
                if (!Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromMilliseconds(100)))
                {
                    errors.Add($"{path}: does not match pattern {pattern.GetString()}");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                errors.Add($"{path}: pattern check timed out");
            }
            catch (ArgumentException)
            {
                // An upstream schema with an invalid pattern cannot be enforced; the rest still is.
            }
        }
    }

    private static void CheckNumber(JsonElement schema, double number, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var min) && min.TryGetDouble(out var minimum) && number < minimum)
        {
            errors.Add($"{path}: below minimum {minimum.ToString(CultureInfo.InvariantCulture)}");
        }

        if (schema.TryGetProperty("maximum", out var max) && max.TryGetDouble(out var maximum) && number > maximum)
        {
            errors.Add($"{path}: above maximum {maximum.ToString(CultureInfo.InvariantCulture)}");
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var xmin) && xmin.TryGetDouble(out var exclusiveMinimum) && number <= exclusiveMinimum)
        {
            errors.Add($"{path}: must be greater than {exclusiveMinimum.ToString(CultureInfo.InvariantCulture)}");
        }

        if (schema.TryGetProperty("exclusiveMaximum", out var xmax) && xmax.TryGetDouble(out var exclusiveMaximum) && number >= exclusiveMaximum)
        {
            errors.Add($"{path}: must be less than {exclusiveMaximum.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void CheckCombinators(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array)
        {
            foreach (var sub in allOf.EnumerateArray())
            {
                Check(sub, value, path, errors);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && anyOf.ValueKind == JsonValueKind.Array &&
            !anyOf.EnumerateArray().Any(sub => Validate(sub, value).Count == 0))
        {
            errors.Add($"{path}: matches none of the anyOf alternatives");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.Array)
        {
            var matches = oneOf.EnumerateArray().Count(sub => Validate(sub, value).Count == 0);
            if (matches != 1)
            {
                errors.Add($"{path}: must match exactly one oneOf alternative, matches {matches}");
            }
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) => type.ValueKind switch
    {
        JsonValueKind.String => MatchesType(type.GetString()!, value),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && MatchesType(t.GetString()!, value)),
        _ => true,
    };

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsInteger(value),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static bool IsInteger(JsonElement value) =>
        value.TryGetInt64(out _) || (value.TryGetDouble(out var d) && Math.Abs(d % 1) == 0 && !double.IsInfinity(d));

    private static string Describe(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.ToString()))
        : type.ToString();

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => IsInteger(value) ? "integer" : "number",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
