using System.Globalization;
using System.Text.RegularExpressions;

namespace SecureMcp.ToolServer.Data;

/// <summary>Reads human-written cells: "1,234.5", "$12", "45%" as numbers, true/false/yes/no as booleans.</summary>
internal static partial class LooseValueParser
{
    private static readonly HashSet<string> MissingTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        string.Empty, "na", "n/a", "null", "none", "nan", "-", "?",
    };

    public static bool IsMissingToken(string text) => MissingTokens.Contains(text.Trim());

    public static bool TryParseNumber(string text, out double value)
    {
        var s = text.Trim();
        var scale = 1.0;
        if (s.EndsWith('%'))
        {
            scale = 0.01;
            s = s[..^1].TrimEnd();
        }

        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+'))
        {
            s = s[1..];
        }

        if (s.Length > 0 && s[0] is '$' or '€' or '£' or '¥')
        {
            s = s[1..];
        }

        if (ThousandsPattern().IsMatch(s))
        {
            s = s.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        const NumberStyles styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (s.Length > 0 && (char.IsAsciiDigit(s[0]) || s[0] == '.')
            && double.TryParse(s, styles, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            value = (negative ? -parsed : parsed) * scale;
            return true;
        }

        value = 0;
        return false;
    }

    public static bool TryParseBool(string text, out bool value)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "TRUE" or "YES":
                value = true;
                return true;
            case "FALSE" or "NO":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsPattern();
}
