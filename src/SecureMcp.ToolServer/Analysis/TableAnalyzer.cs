using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Analysis;

/// <summary>Summarises numeric columns and correlates every pair of them.</summary>
internal static class TableAnalyzer
{
    public static TableAnalysis Analyze(TableData table, IReadOnlyList<string> onlyColumns)
    {
        var candidates = onlyColumns.Count > 0 ? onlyColumns : table.Columns;
        var numeric = new List<string>();
        var other = new List<string>();
        foreach (var column in candidates)
        {
            var present = table.Rows.Select(r => r.GetValueOrDefault(column)).Where(v => v is not null).ToList();
            (present.Count > 0 && present.All(v => CellValue.AsNumber(v) is not null) ? numeric : other).Add(column);
        }

        var summaries = numeric.Select(c => Summarise(table, c)).ToList();
        var correlations = new List<Correlation>();
        for (var i = 0; i < numeric.Count; i++)
        {
            for (var j = i + 1; j < numeric.Count; j++)
            {
                correlations.Add(Correlate(table, numeric[i], numeric[j]));
            }
        }

        return new TableAnalysis(table.Rows.Count, summaries, other, correlations);
    }

    private static ColumnSummary Summarise(TableData table, string column)
    {
        var values = table.Rows.Select(r => CellValue.AsNumber(r.GetValueOrDefault(column))).OfType<double>().Order().ToList();
        return new ColumnSummary(
            column,
            values.Count,
            table.Rows.Count - values.Count,
            Statistics.Mean(values),
            Statistics.SampleStandardDeviation(values),
            values[0],
            Statistics.Quantile(values, 0.25),
            Statistics.Quantile(values, 0.5),
            Statistics.Quantile(values, 0.75),
            values[^1]);
    }

    private static Correlation Correlate(TableData table, string left, string right)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var row in table.Rows)
        {
            if (CellValue.AsNumber(row.GetValueOrDefault(left)) is { } x && CellValue.AsNumber(row.GetValueOrDefault(right)) is { } y)
            {
                xs.Add(x);
                ys.Add(y);
            }
        }

        return new Correlation(left, right, Statistics.Pearson(xs, ys), xs.Count);
    }
}
