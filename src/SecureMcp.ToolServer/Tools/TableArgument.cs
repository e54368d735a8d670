using SecureMcp.ToolServer.Data;

namespace SecureMcp.ToolServer.Tools;

/// <summary>Reads the table a tool works on from either <c>rows</c> (JSON objects) or <c>csv</c> (text).</summary>
internal static class TableArgument
{
    public const string RowsSchema = """
        "rows": {
          "type": "array",
          "description": "The table as an array of row objects (column name to value).",
          "items": { "type": "object" }
        }
        """;

    public const string CsvSchema = """
        "csv": { "type": "string", "description": "The table as CSV text with a header row. Use instead of rows." },
        "delimiter": { "type": "string", "minLength": 1, "maxLength": 1, "default": ",", "description": "CSV field delimiter." }
        """;

    public static TableData Read(ToolArguments args, bool allowCsv = true)
    {
        var hasRows = args.Has("rows");
        var hasCsv = allowCsv && args.Has("csv");
        if (hasRows == hasCsv)
        {
            throw new ToolInputException(allowCsv
                ? "Give exactly one of 'rows' (array of objects) or 'csv' (text)."
                : "Argument 'rows' is required.");
        }

        if (hasRows)
        {
            return TableReader.FromJsonRows(args.RequiredArray("rows"), args.PathOf("rows"));
        }

        var delimiter = args.OptionalString("delimiter") ?? ",";
        if (delimiter.Length != 1 || delimiter[0] is '"' or '\r' or '\n')
        {
            throw new ToolInputException("Argument 'delimiter' must be one character other than a quote or line break.");
        }

        return TableReader.FromCsv(args.RequiredString("csv"), delimiter[0]);
    }
}
