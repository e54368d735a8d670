using System.Globalization;

namespace SecureMcp.Policy.Matching;

/// <summary>Parses durations as written in the policy: <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>2h</c>, <c>1d</c>.</summary>
internal static class DurationText
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var s = text.Trim();
        var unitStart = s.Length;
        while (unitStart > 0 && char.IsAsciiLetter(s[unitStart - 1]))
        {
            unitStart--;
        }

        if (!double.TryParse(s.AsSpan(0, unitStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        double? ms = s[unitStart..] switch
        {
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            "h" => value * 3_600_000,
            "d" => value * 86_400_000,
            _ => null,
        };
        if (ms is null)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(ms.Value);
        return true;
    }
}
