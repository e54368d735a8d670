using System.Text.Json.Nodes;

namespace SecureMcp.ToolServer.Data;

/// <summary>Writes tables as JSON arrays of row objects.</summary>
internal static class TableJson
{
    public static JsonArray ToRows(TableData table)
    {
        var rows = new JsonArray();
        foreach (var row in table.Rows)
        {
            var obj = new JsonObject();
            foreach (var column in table.Columns)
            {
                obj[column] = CellValue.ToJson(row.GetValueOrDefault(column));
            }

            rows.Add(obj);
        }

        return rows;
    }

    public static JsonArray ToColumns(IEnumerable<string> columns) => new(columns.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
}
