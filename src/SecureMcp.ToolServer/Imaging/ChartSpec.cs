namespace SecureMcp.ToolServer.Imaging;

/// <summary>What to draw: a bar or line chart of one or more series over category labels.</summary>
internal sealed record ChartSpec(
    string Kind,
    string Title,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    int Width,
    int Height);
