using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Transforms;

/// <summary>Compares rows key by key; each key ascending or descending.</summary>
internal sealed class RowComparer(IReadOnlyList<SortKey> keys) : IComparer<Dictionary<string, object?>>
{
    public int Compare(Dictionary<string, object?>? x, Dictionary<string, object?>? y)
    {
        foreach (var key in keys)
        {
            var order = CellValue.Compare(x?.GetValueOrDefault(key.Field), y?.GetValueOrDefault(key.Field));
            if (order != 0)
            {
                return key.Descending ? -order : order;
            }
        }

        return 0;
    }
}
