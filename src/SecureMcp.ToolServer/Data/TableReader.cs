using System.Text.Json;

namespace SecureMcp.ToolServer.Data;

/// <summary>Builds a <see cref="TableData"/> from JSON row objects or CSV text.</summary>
internal static class TableReader
{
    public const int MaxRows = 100_000;

    public static TableData FromJsonRows(JsonElement rows, string argumentName)
    {
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"Argument '{argumentName}' must be an array of objects.");
        }

        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Dictionary<string, object?>>();
        var index = 0;
        foreach (var item in rows.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Argument '{argumentName}[{index}]' must be an object.");
            }

            var row = TableData.NewRow();
            foreach (var property in item.EnumerateObject())
            {
                if (seen.Add(property.Name))
                {
                    columns.Add(property.Name);
                }

                row[property.Name] = CellValue.FromJson(property.Value);
            }

            result.Add(row);
            index++;
            EnsureRowLimit(index);
        }

        return new TableData(columns, result);
    }

    public static TableData FromCsv(string text, char delimiter)
    {
        var records = CsvParser.Parse(text, delimiter);
        if (records.Count == 0)
        {
            throw new FormatException("CSV input has no header row.");
        }

        EnsureRowLimit(records.Count - 1);
        var columns = UniqueHeaders(records[0]);
        var rows = new List<Dictionary<string, object?>>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Count > columns.Count)
            {
                throw new FormatException($"CSV line {r + 1} has {record.Count} fields but the header has {columns.Count}.");
            }

            var row = TableData.NewRow();
            for (var c = 0; c < columns.Count; c++)
            {
                row[columns[c]] = c < record.Count ? record[c] : null;
            }

            rows.Add(row);
        }

        return new TableData(columns, rows);
    }

    private static List<string> UniqueHeaders(List<string> header)
    {
        var columns = new List<string>(header.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                name = $"column{i + 1}";
            }

            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = $"{name}_{n}";
            }

            columns.Add(unique);
        }

        return columns;
    }

    private static void EnsureRowLimit(int count)
    {
        if (count > MaxRows)
        {
            throw new FormatException($"Input has more than {MaxRows} rows.");
        }
    }
}
