using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Cleaning;

/// <summary>Infers a column's type (integer, number, boolean, string, empty) and converts its cells to it.</summary>
internal static class ColumnTyper
{
    public static string InferAndConvert(TableData table, string column)
    {
        var values = table.Rows.Select(r => r.GetValueOrDefault(column)).Where(v => v is not null).ToList();
        if (values.Count == 0)
        {
            return "empty";
        }

        if (values.All(v => v is double || v is string s && LooseValueParser.TryParseNumber(s, out _)))
        {
            Convert(table, column, v => v is string s && LooseValueParser.TryParseNumber(s, out var d) ? d : v);
            return Describe(table, column);
        }

        if (values.All(v => v is bool || v is string s && LooseValueParser.TryParseBool(s, out _)))
        {
            Convert(table, column, v => v is string s && LooseValueParser.TryParseBool(s, out var b) ? b : v);
            return "boolean";
        }

        Convert(table, column, v => v is null ? null : CellValue.AsText(v));
        return "string";
    }

    public static string Describe(TableData table, string column)
    {
        var values = table.Rows.Select(r => r.GetValueOrDefault(column)).Where(v => v is not null).ToList();
        return values switch
        {
            [] => "empty",
            _ when values.All(v => v is double d && Math.Abs(d) < 1e15 && d == Math.Floor(d)) => "integer",
            _ when values.All(v => v is double) => "number",
            _ when values.All(v => v is bool) => "boolean",
            _ when values.All(v => v is string) => "string",
            _ => "mixed",
        };
    }

    private static void Convert(TableData table, string column, Func<object?, object?> convert)
    {
        foreach (var row in table.Rows)
        {
            row[column] = convert(row.GetValueOrDefault(column));
        }
    }
}
