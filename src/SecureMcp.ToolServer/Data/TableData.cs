namespace SecureMcp.ToolServer.Data;

/// <summary>An in-memory table: ordered column names and rows whose cells are null, string, double or bool.</summary>
internal sealed class TableData
{
    public TableData(IReadOnlyList<string> columns, List<Dictionary<string, object?>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public List<Dictionary<string, object?>> Rows { get; }

    public static Dictionary<string, object?> NewRow() => new(StringComparer.Ordinal);

    public object? Get(int row, string column) => Rows[row].GetValueOrDefault(column);
}
