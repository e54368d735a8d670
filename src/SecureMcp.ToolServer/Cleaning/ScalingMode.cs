namespace SecureMcp.ToolServer.Cleaning;

/// <summary>How numeric columns are rescaled after cleaning.</summary>
internal enum ScalingMode
{
    None,
    MinMax,
    ZScore,
}
