namespace SecureMcp.ToolServer.Imaging;

/// <summary>One named series; a null value is a gap (no bar, broken line).</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
