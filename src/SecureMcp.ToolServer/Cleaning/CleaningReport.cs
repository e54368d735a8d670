namespace SecureMcp.ToolServer.Cleaning;

/// <summary>What cleaning changed: row counts, inferred column types and filled cells.</summary>
internal sealed record CleaningReport(
    int InputRows,
    int OutputRows,
    int DuplicatesRemoved,
    int RowsDropped,
    int CellsFilled,
    int MissingCells,
    IReadOnlyDictionary<string, string> ColumnTypes);
