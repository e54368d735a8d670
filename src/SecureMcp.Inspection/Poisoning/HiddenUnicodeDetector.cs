using System.Globalization;
using System.Text;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds invisible, bidirectional-override and Unicode-tag characters that hide text from a human reviewer.</summary>
/// <remarks>Tag characters (U+E0000–U+E007F) spell invisible ASCII, which is decoded into the explanation.</remarks>
internal sealed class HiddenUnicodeDetector : IToolDetector
{
    public string Id => DetectorIds.HiddenUnicode;

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings) => Scan(Id, item.Location, item.Text, findings);

    /// <summary>Scans any text (tool definitions and tool output use the same logic).</summary>
    public static void Scan(string detector, string location, string text, List<Finding> findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < '\u00AD')
            {
                if (c < ' ' && c is not ('\n' or '\r' or '\t'))
                {
                    findings.Add(new Finding(detector, SecuritySeverity.High, location, i, 1,
                        $"control character U+{(int)c:X4} is invisible to a reviewer", EvidenceText.Of(text, Math.Max(0, i - 10), 20)));
                }

                i++;
                continue;
            }

            if (!char.IsSurrogate(c) && !UnicodeCategories.IsInvisible(c))
            {
                i++;
                continue;
            }

            var runStart = i;
            var hidden = new StringBuilder();
            var severity = SecuritySeverity.Info;
            var kinds = new SortedSet<string>(StringComparer.Ordinal);
            while (i < text.Length)
            {
                var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    ? char.ConvertToUtf32(text[i], text[i + 1])
                    : text[i];
                var width = codePoint > 0xFFFF ? 2 : 1;
                if (UnicodeCategories.IsTag(codePoint))
                {
                    kinds.Add("tag characters");
                    severity = SecuritySeverity.Critical;
                    if (codePoint is >= 0xE0020 and < 0xE007F)
                    {
                        hidden.Append((char)(codePoint - 0xE0000));
                    }
                }
                else if (UnicodeCategories.IsSupplementaryVariationSelector(codePoint))
                {
                    kinds.Add("variation selectors");
                    severity = SecuritySeverity.Critical;
                }
                else if (codePoint <= 0xFFFF && UnicodeCategories.IsBidi((char)codePoint))
                {
                    kinds.Add("bidirectional controls");
                    severity = Max(severity, SecuritySeverity.Critical);
                }
                else if (codePoint <= 0xFFFF && UnicodeCategories.IsInvisible((char)codePoint) && !IsBenignJoiner(text, i))
                {
                    kinds.Add("zero-width characters");
                    severity = Max(severity, SecuritySeverity.High);
                }
                else
                {
                    break;
                }

                i += width;
            }

            if (i == runStart)
            {
                i++;
                continue;
            }

            var explanation = $"{i - runStart} invisible code unit(s) ({string.Join(", ", kinds)})";
            if (hidden.Length > 0)
            {
                explanation += $" spelling hidden text: \"{EvidenceText.Escape(hidden.ToString())}\"";
            }

            findings.Add(new Finding(detector, severity, location, runStart, i - runStart, explanation,
                EvidenceText.Of(text, Math.Max(0, runStart - 10), Math.Min(text.Length, i + 10) - Math.Max(0, runStart - 10))));
        }
    }

    /// <summary>A single ZWJ/ZWNJ or variation selector inside an emoji or a joining script is ordinary text.</summary>
    private static bool IsBenignJoiner(string text, int index)
    {
        var c = text[index];
        if (c is not ('\u200C' or '\u200D' or '\uFE0E' or '\uFE0F'))
        {
            return false;
        }

        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + 1 < text.Length ? text[index + 1] : ' ';
        var category = CharUnicodeInfo.GetUnicodeCategory(before);
        return char.IsSurrogate(before) || char.IsSurrogate(after) || category is UnicodeCategory.OtherSymbol ||
               (before > '\u0590' && char.IsLetter(before) && char.IsLetter(after));
    }

    private static SecuritySeverity Max(SecuritySeverity a, SecuritySeverity b) => a > b ? a : b;
}
