namespace SecureMcp.ToolServer.Cleaning;

/// <summary>What the cleaner does with missing cells.</summary>
internal enum MissingValueStrategy
{
    Keep,
    DropRow,
    FillMean,
    FillMedian,
    FillValue,
}
