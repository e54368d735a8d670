using SecureMcp.ToolServer.Analysis;
using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Aggregation;

/// <summary>Groups rows by key columns (groups in first-seen order) and computes metrics per group.</summary>
internal static class GroupAggregator
{
    public static TableData Aggregate(TableData table, IReadOnlyList<string> keys, IReadOnlyList<MetricSpec> metrics)
    {
        foreach (var name in keys.Concat(metrics.Select(m => m.Field).OfType<string>()).Where(n => !table.Columns.Contains(n)))
        {
            throw new FormatException($"Unknown column '{name}'. Columns: {string.Join(", ", table.Columns)}.");
        }

        var groups = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in table.Rows)
        {
            var key = string.Join('\u001f', keys.Select(k => CellValue.Key(row.GetValueOrDefault(k))));
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }

            members.Add(row);
        }

        var rows = order.Select(key => Summarise(groups[key], keys, metrics)).ToList();
        return new TableData(keys.Concat(metrics.Select(m => m.Alias)).ToList(), rows);
    }

    private static Dictionary<string, object?> Summarise(List<Dictionary<string, object?>> members, IReadOnlyList<string> keys, IReadOnlyList<MetricSpec> metrics)
    {
        var result = TableData.NewRow();
        foreach (var key in keys)
        {
            result[key] = members[0].GetValueOrDefault(key);
        }

        foreach (var metric in metrics)
        {
            if (metric.Op == "count")
            {
                result[metric.Alias] = (double)(metric.Field is null ? members.Count : members.Count(r => r.GetValueOrDefault(metric.Field) is not null));
                continue;
            }

            var values = members.Select(r => CellValue.AsNumber(r.GetValueOrDefault(metric.Field!))).OfType<double>().ToList();
            result[metric.Alias] = metric.Op switch
            {
                "sum" => values.Sum(),
                _ when values.Count == 0 => null,
                "mean" => Statistics.Mean(values),
                "min" => values.Min(),
                "max" => values.Max(),
                _ => throw new FormatException($"Unknown metric '{metric.Op}'."),
            };
        }

        return result;
    }
}
