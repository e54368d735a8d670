namespace SecureMcp.ToolServer.Analysis;

/// <summary>Descriptive statistics of one numeric column; NaN where a statistic is undefined.</summary>
internal sealed record ColumnSummary(
    string Name,
    int Count,
    int Missing,
    double Mean,
    double StandardDeviation,
    double Min,
    double Q1,
    double Median,
    double Q3,
    double Max);
