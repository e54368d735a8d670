using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Transforms;

/// <summary>Applies a <see cref="TransformSpec"/> to a table and returns the new table.</summary>
internal static class TableTransformer
{
    public static TableData Apply(TableData input, TransformSpec spec)
    {
        var table = spec.Join is { } join ? Join(input, join) : input;
        var columns = table.Columns.ToList();
        var rows = table.Rows.Where(r => spec.Filters.All(f => RowFilter.Matches(r, f))).ToList();
        foreach (var compute in spec.Computes)
        {
            rows.ForEach(r => r[compute.Name] = Compute(r, compute));
            AddColumn(columns, compute.Name);
        }

        foreach (var (from, to) in spec.Rename)
        {
            RequireColumn(columns, from, "rename");
            columns[columns.IndexOf(from)] = to;
            foreach (var row in rows)
            {
                row.Remove(from, out var value);
                row[to] = value;
            }
        }

        if (spec.Select.Count > 0)
        {
            spec.Select.ToList().ForEach(c => RequireColumn(columns, c, "select"));
            columns = spec.Select.ToList();
        }

        spec.Sort.ToList().ForEach(k => RequireColumn(columns, k.Field, "sort"));
        if (spec.Sort.Count > 0)
        {
            rows = rows.Order(new RowComparer(spec.Sort)).ToList(); // Order is stable, unlike List.Sort.
        }

        return new TableData(columns, spec.Limit is { } limit ? rows.Take(limit).ToList() : rows);
    }

    private static TableData Join(TableData left, JoinSpec join)
    {
        RequireColumn(left.Columns, join.LeftKey, "join.leftKey");
        RequireColumn(join.Right.Columns, join.RightKey, "join.rightKey");
        var rename = join.Right.Columns.Where(c => c != join.RightKey)
            .ToDictionary(c => c, c => left.Columns.Contains(c) ? "right_" + c : c, StringComparer.Ordinal);
        var index = join.Right.Rows.Where(r => r.GetValueOrDefault(join.RightKey) is not null)
            .ToLookup(r => CellValue.Key(r.GetValueOrDefault(join.RightKey)), StringComparer.Ordinal);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var row in left.Rows)
        {
            var key = row.GetValueOrDefault(join.LeftKey);
            var matches = key is null ? new List<Dictionary<string, object?>>() : index[CellValue.Key(key)].ToList();
            foreach (var match in matches)
            {
                var merged = new Dictionary<string, object?>(row, StringComparer.Ordinal);
                foreach (var (from, to) in rename)
                {
                    merged[to] = match.GetValueOrDefault(from);
                }

                rows.Add(merged);
            }

            if (matches.Count == 0 && join.KeepUnmatched)
            {
                var merged = new Dictionary<string, object?>(row, StringComparer.Ordinal);
                rename.Values.ToList().ForEach(c => merged[c] = null);
                rows.Add(merged);
            }
        }

        return new TableData(left.Columns.Concat(rename.Values).ToList(), rows);
    }

    private static object? Compute(Dictionary<string, object?> row, ComputeSpec spec)
    {
        var left = row.GetValueOrDefault(spec.Left);
        var right = spec.RightField is { } field ? row.GetValueOrDefault(field) : spec.RightValue;
        if (spec.Op == "copy")
        {
            return left;
        }

        if (spec.Op == "concat")
        {
            return CellValue.AsText(left) + CellValue.AsText(right);
        }

        if (CellValue.AsNumber(left) is not { } a || CellValue.AsNumber(right) is not { } b)
        {
            return null;
        }

        double? result = spec.Op switch
        {
            "add" => a + b,
            "subtract" => a - b,
            "multiply" => a * b,
            "divide" => b == 0 ? null : a / b,
            _ => throw new FormatException($"Unknown compute operator '{spec.Op}'."),
        };
        return result is { } r && double.IsFinite(r) ? r : null;
    }

    private static void AddColumn(List<string> columns, string name)
    {
        if (!columns.Contains(name))
        {
            columns.Add(name);
        }
    }

    private static void RequireColumn(IReadOnlyList<string> columns, string name, string step)
    {
        if (!columns.Contains(name))
        {
            throw new FormatException($"Step '{step}' names unknown column '{name}'. Columns: {string.Join(", ", columns)}.");
        }
    }
}
