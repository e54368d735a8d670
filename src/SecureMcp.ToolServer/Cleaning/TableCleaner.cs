using SecureMcp.ToolServer.Analysis;
using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Cleaning;

/// <summary>
/// Cleans a table in place: trim, missing tokens to null, type inference, dedupe, missing-value handling,
/// then numeric rescaling. Dedupe runs before filling so that filled values cannot create duplicates.
/// </summary>
internal static class TableCleaner
{
    public static CleaningReport Clean(TableData table, CleaningOptions options)
    {
        var inputRows = table.Rows.Count;
        NormaliseCells(table, options.Trim);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            types[column] = options.InferTypes ? ColumnTyper.InferAndConvert(table, column) : ColumnTyper.Describe(table, column);
        }

        var duplicates = options.Dedupe ? RemoveDuplicates(table) : 0;
        var missing = table.Rows.Sum(r => table.Columns.Count(c => r.GetValueOrDefault(c) is null));
        var dropped = 0;
        var filled = 0;
        if (options.Missing == MissingValueStrategy.DropRow)
        {
            dropped = table.Rows.RemoveAll(r => table.Columns.Any(c => r.GetValueOrDefault(c) is null));
        }
        else if (options.Missing != MissingValueStrategy.Keep)
        {
            filled = MissingFiller.Fill(table, types, options.Missing, options.FillValue);
        }

        if (options.Scale != ScalingMode.None)
        {
            Rescale(table, types, options);
        }

        return new CleaningReport(inputRows, table.Rows.Count, duplicates, dropped, filled, missing, types);
    }

    private static void NormaliseCells(TableData table, bool trim)
    {
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns)
            {
                if (row.GetValueOrDefault(column) is string s)
                {
                    row[column] = LooseValueParser.IsMissingToken(s) ? null : trim ? s.Trim() : s;
                }
                else if (!row.ContainsKey(column))
                {
                    row[column] = null;
                }
            }
        }
    }

    private static int RemoveDuplicates(TableData table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return table.Rows.RemoveAll(row => !seen.Add(string.Join('\u001f', table.Columns.Select(c => CellValue.Key(row.GetValueOrDefault(c))))));
    }

    private static void Rescale(TableData table, Dictionary<string, string> types, CleaningOptions options)
    {
        foreach (var column in table.Columns)
        {
            var chosen = options.ScaleColumns.Count == 0 || options.ScaleColumns.Contains(column);
            if (!chosen || types[column] is not ("number" or "integer"))
            {
                continue;
            }

            var values = table.Rows.Select(r => r.GetValueOrDefault(column)).OfType<double>().ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var (offset, divisor) = options.Scale == ScalingMode.MinMax
                ? (values.Min(), values.Max() - values.Min())
                : (Statistics.Mean(values), Statistics.PopulationStandardDeviation(values));
            foreach (var row in table.Rows)
            {
                if (row.GetValueOrDefault(column) is double d)
                {
                    row[column] = divisor == 0 ? 0.0 : (d - offset) / divisor;
                }
            }

            types[column] = "number";
        }
    }
}
