namespace SecureMcp.ToolServer.Cleaning;

/// <summary>The steps <see cref="TableCleaner"/> applies, in the order listed.</summary>
internal sealed record CleaningOptions
{
    public bool Trim { get; init; } = true;

    public bool InferTypes { get; init; } = true;

    public bool Dedupe { get; init; } = true;

    public MissingValueStrategy Missing { get; init; } = MissingValueStrategy.Keep;

    public object? FillValue { get; init; }

    public ScalingMode Scale { get; init; } = ScalingMode.None;

    /// <summary>Columns to rescale; empty means every numeric column.</summary>
    public IReadOnlyList<string> ScaleColumns { get; init; } = [];
}
