using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Transforms;

/// <summary>Evaluates filter conditions; numbers compare numerically, everything else as ordinal text.</summary>
internal static class RowFilter
{
    public static bool Matches(Dictionary<string, object?> row, FilterCondition condition)
    {
        var value = row.GetValueOrDefault(condition.Field);
        return condition.Op switch
        {
            "is_null" => value is null,
            "not_null" => value is not null,
            "eq" => Equal(value, condition.Value),
            "ne" => !Equal(value, condition.Value),
            "gt" => value is not null && Compare(value, condition.Value) > 0,
            "gte" => value is not null && Compare(value, condition.Value) >= 0,
            "lt" => value is not null && Compare(value, condition.Value) < 0,
            "lte" => value is not null && Compare(value, condition.Value) <= 0,
            "contains" => value is not null && CellValue.AsText(value).Contains(CellValue.AsText(condition.Value), StringComparison.Ordinal),
            "starts_with" => value is not null && CellValue.AsText(value).StartsWith(CellValue.AsText(condition.Value), StringComparison.Ordinal),
            "in" => condition.Values.Any(v => Equal(value, v)),
            "not_in" => !condition.Values.Any(v => Equal(value, v)),
            _ => throw new FormatException($"Unknown filter operator '{condition.Op}'."),
        };
    }

    private static bool Equal(object? left, object? right) => Compare(left, right) == 0;

    private static int Compare(object? left, object? right)
    {
        if (left is not null && right is not null && CellValue.AsNumber(left) is { } a && CellValue.AsNumber(right) is { } b
            && left is not bool && right is not bool)
        {
            return a.CompareTo(b);
        }

        return CellValue.Compare(left, right);
    }
}
