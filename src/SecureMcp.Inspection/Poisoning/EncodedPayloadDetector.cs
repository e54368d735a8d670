using System.Text;
using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds base64, hex and escape-encoded payloads; a payload that decodes to instructions is CRITICAL.</summary>
internal sealed partial class EncodedPayloadDetector : IToolDetector
{
    public string Id => DetectorIds.EncodedPayload;

    [GeneratedRegex(@"(?:\\x[0-9A-Fa-f]{2}){6,}|(?:\\u[0-9A-Fa-f]{4}){6,}|(?:%[0-9A-Fa-f]{2}){8,}|(?:&#x?[0-9A-Fa-f]{2,5};){6,}", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\bdata:[\w.+-]+/[\w.+-]+;base64,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DataUri();

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Kind is ToolTextKind.Name or ToolTextKind.ParameterName || item.Text.Length < 24 || item.Location.EndsWith(".$ref", StringComparison.Ordinal))
        {
            return;
        }

        var text = item.Text;
        foreach (var (start, length) in TokenRuns.Base64(text, 24, int.MaxValue))
        {
            var run = text.AsSpan(start, length).TrimEnd('=');
            if (IsHex(run) && run.Length >= 40 && run.Length % 2 == 0)
            {
                Report(item, start, length, DecodeEscaped(run.ToString()), "hex", findings);
            }
            else if (run.Length >= 24 && LooksEncoded(run) && TryDecodeBase64(run.ToString()) is { } decoded)
            {
                Report(item, start, length, decoded, "base64", findings);
            }
        }

        if (text.AsSpan().IndexOfAny('%', '\\', '&') >= 0)
        {
            foreach (Match match in RegexGuard.Matches(Escaped(), text, item.Location, findings))
            {
                Report(item, match.Index, match.Length, DecodeEscaped(match.Value), "escape sequences", findings);
            }
        }

        if (!text.Contains("data:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (Match match in RegexGuard.Matches(DataUri(), item.Text, item.Location, findings))
        {
            findings.Add(new Finding(Id, SecuritySeverity.High, item.Location, match.Index, match.Length,
                "embedded data: URI carries an opaque payload", EvidenceText.Of(item.Text, match.Index, Math.Min(60, item.Text.Length - match.Index))));
        }
    }

    private static bool IsHex(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private void Report(ToolTextItem item, int start, int length, string? decoded, string encoding, List<Finding> findings)
    {
        var printable = decoded is not null && IsMostlyPrintable(decoded);
        var instruction = printable && InstructionRule.AnyMatch(decoded!, SecuritySeverity.High);
        var severity = instruction ? SecuritySeverity.Critical : printable ? SecuritySeverity.High : SecuritySeverity.Medium;
        var explanation = instruction
            ? $"{encoding} payload decodes to instructions: \"{EvidenceText.Escape(decoded)}\""
            : printable
                ? $"{encoding} payload decodes to hidden text: \"{EvidenceText.Escape(decoded)}\""
                : $"opaque {encoding} blob of {length} characters";
        findings.Add(new Finding(Id, severity, item.Location, start, length, explanation, EvidenceText.Of(item.Text, start, length)));
    }

    /// <summary>Real base64 mixes cases and digits; long identifiers, words and schema paths do not.</summary>
    private static bool LooksEncoded(ReadOnlySpan<char> value)
    {
        int upper = 0, lower = 0, digit = 0, symbol = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit++;
            }
            else
            {
                symbol++;
            }
        }

        return upper > 0 && lower > 0 && digit > 0 && upper * 10 >= value.Length && lower * 10 >= value.Length;
    }

    private static string? TryDecodeBase64(string value)
    {
        var normalized = value.Replace('-', '+').Replace('_', '/');
        normalized = normalized.PadRight(normalized.Length + ((4 - (normalized.Length % 4)) % 4), '=');
        var buffer = new byte[normalized.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(normalized, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : null;
    }

    private static string? DecodeEscaped(string value)
    {
        try
        {
            if (value.StartsWith("\\x", StringComparison.Ordinal) || value.StartsWith('%'))
            {
                var hex = value.Replace("\\x", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal);
                return Encoding.UTF8.GetString(Convert.FromHexString(hex));
            }

            if (value.StartsWith("\\u", StringComparison.Ordinal))
            {
                return Regex.Unescape(value);
            }

            if (value.StartsWith("&#", StringComparison.Ordinal))
            {
                return System.Net.WebUtility.HtmlDecode(value);
            }

            return Encoding.UTF8.GetString(Convert.FromHexString(value));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsMostlyPrintable(string text)
    {
        if (text.Length < 6)
        {
            return false;
        }

        var printable = text.Count(c => c is >= ' ' and <= '~' or '\n' or '\r' or '\t');
        var letters = text.Count(char.IsAsciiLetter);
        return printable >= text.Length * 0.9 && letters >= text.Length * 0.5;
    }
}
