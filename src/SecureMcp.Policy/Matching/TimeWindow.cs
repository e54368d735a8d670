using System.Globalization;

namespace SecureMcp.Policy.Matching;

/// <summary>A daily time window <c>HH:mm-HH:mm</c> in local time of a zone; it may wrap past midnight (<c>22:00-06:00</c>).</summary>
internal sealed class TimeWindow
{
    private readonly TimeSpan _start;
    private readonly TimeSpan _end;

    private TimeWindow(TimeSpan start, TimeSpan end)
    {
        _start = start;
        _end = end;
    }

    public static bool TryParse(string text, out TimeWindow? window)
    {
        window = null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeSpan.TryParseExact(parts[0], @"hh\:mm", CultureInfo.InvariantCulture, out var start)
            || !TimeSpan.TryParseExact(parts[1], @"hh\:mm", CultureInfo.InvariantCulture, out var end)
            || start >= TimeSpan.FromDays(1) || end >= TimeSpan.FromDays(1))
        {
            return false;
        }

        window = new TimeWindow(start, end);
        return true;
    }

    /// <summary>True when the time of day lies in [start, end), wrapping at midnight when start > end.</summary>
    public bool Contains(TimeSpan timeOfDay) =>
        _start <= _end ? timeOfDay >= _start && timeOfDay < _end : timeOfDay >= _start || timeOfDay < _end;
}
