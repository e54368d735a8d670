using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds long whitespace runs that push text out of a reviewer's view (sideways or down).</summary>
/// <remarks>
/// Indented multi-line descriptions (template literals) are common and benign, so a run counts only when it is
/// far longer than indentation: 80+ spaces on one line, or 10+ blank lines, followed by more text.
/// </remarks>
internal sealed partial class WhitespacePaddingDetector : IToolDetector
{
    public string Id => DetectorIds.WhitespacePadding;

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200A\u3000]{80,}(?=\S)|(?:[ \t]*\r?\n){10,}[ \t]*(?=\S)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Padding();

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Text.Length < 80)
        {
            return;
        }

        foreach (Match match in RegexGuard.Matches(Padding(), item.Text, item.Location, findings))
        {
            var rest = item.Text[(match.Index + match.Length)..];
            var instruction = InstructionRule.AnyMatch(rest, SecuritySeverity.High);
            findings.Add(new Finding(Id, instruction ? SecuritySeverity.Critical : SecuritySeverity.High, item.Location, match.Index, match.Length,
                $"{match.Length} whitespace characters push the following text out of view" + (instruction ? "; the hidden text carries instructions" : ""),
                EvidenceText.Of(item.Text, match.Index + match.Length, Math.Min(60, rest.Length))));
        }
    }
}
