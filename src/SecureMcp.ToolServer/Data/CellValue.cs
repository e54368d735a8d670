using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecureMcp.ToolServer.Data;

/// <summary>Conversions and comparisons for table cells (null, string, double or bool).</summary>
internal static class CellValue
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => element.GetRawText(),
    };

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        double d when double.IsFinite(d) => JsonValue.Create(d),
        double => null,
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>The numeric value of a number cell or of a string holding an invariant-culture number.</summary>
    public static double? AsNumber(object? value) => value switch
    {
        double d => d,
        string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => null,
    };

    public static string AsText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A key that is equal for equal cells of the same kind, for grouping, joins and uniqueness.</summary>
    public static string Key(object? value) => value switch
    {
        null => "n:",
        double d => "d:" + d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "b:1" : "b:0",
        _ => "s:" + AsText(value),
    };

    /// <summary>Orders nulls first, then numbers numerically, then everything else as ordinal text.</summary>
    public static int Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        if (left is double a && right is double b)
        {
            return a.CompareTo(b);
        }

        if (left is double != right is double)
        {
            return left is double ? -1 : 1;
        }

        return string.CompareOrdinal(AsText(left), AsText(right));
    }
}
