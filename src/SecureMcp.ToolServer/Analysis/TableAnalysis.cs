namespace SecureMcp.ToolServer.Analysis;

/// <summary>The analyzer's findings for one table.</summary>
internal sealed record TableAnalysis(
    int RowCount,
    IReadOnlyList<ColumnSummary> Columns,
    IReadOnlyList<string> NonNumericColumns,
    IReadOnlyList<Correlation> Correlations);
