using SecureMcp.ToolServer.Analysis;

namespace SecureMcp.ToolServer.Cleaning;

/// <summary>Fills missing cells: mean or median for numeric columns, or one given value for every column.</summary>
internal static class MissingFiller
{
    public static int Fill(Data.TableData table, IReadOnlyDictionary<string, string> types, MissingValueStrategy strategy, object? fillValue)
    {
        var filled = 0;
        foreach (var column in table.Columns)
        {
            var fill = strategy == MissingValueStrategy.FillValue ? fillValue : NumericFill(table, column, types[column], strategy);
            if (fill is null)
            {
                continue;
            }

            foreach (var row in table.Rows.Where(r => r.GetValueOrDefault(column) is null))
            {
                row[column] = fill;
                filled++;
            }
        }

        return filled;
    }

    private static double? NumericFill(Data.TableData table, string column, string type, MissingValueStrategy strategy)
    {
        if (type is not ("number" or "integer"))
        {
            return null;
        }

        var values = table.Rows.Select(r => r.GetValueOrDefault(column)).OfType<double>().ToList();
        if (values.Count == 0)
        {
            return null;
        }

        return strategy == MissingValueStrategy.FillMean ? Statistics.Mean(values) : Statistics.Median(values);
    }
}
