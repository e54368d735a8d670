using System.Diagnostics;

namespace SecureMcp.Cli.Bench;

/// <summary>The measured period in <see cref="Stopwatch"/> timestamps: work started in [From, To) counts.</summary>
internal readonly record struct MeasurementWindow(long From, long To)
{
    /// <summary>A window that opens after <paramref name="warmup"/> from now and lasts <paramref name="duration"/>.</summary>
    public static MeasurementWindow StartingIn(TimeSpan warmup, TimeSpan duration)
    {
        var from = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        return new MeasurementWindow(from, from + (long)(duration.TotalSeconds * Stopwatch.Frequency));
    }

    public bool Contains(long timestamp) => timestamp >= From && timestamp < To;

    public bool IsOver => Stopwatch.GetTimestamp() >= To;
}
