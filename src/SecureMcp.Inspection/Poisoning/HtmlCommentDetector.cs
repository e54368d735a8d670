using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds HTML comments, Markdown comments and CSS-hidden markup: text a rendered view hides but the model reads.</summary>
internal sealed partial class HtmlCommentDetector : IToolDetector
{
    public string Id => DetectorIds.HtmlComment;

    [GeneratedRegex(@"<!--.*?(?:-->|$)|^[ \t]*\[//\]:\s*(?:#|<>)\s*[(""'].*$|<(?<tag>\w+)[^>]*\bstyle\s*=\s*[""'][^""']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?![.\d]*[1-9]))[^>]*>|<(?:script|template|noscript)\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.Multiline | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Hidden();

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Kind is ToolTextKind.Name or ToolTextKind.ParameterName || item.Text.IndexOfAny(['<', '[']) < 0)
        {
            return;
        }

        foreach (Match match in RegexGuard.Matches(Hidden(), item.Text, item.Location, findings))
        {
            var instruction = InstructionRule.AnyMatch(match.Value, SecuritySeverity.High);
            findings.Add(new Finding(Id, instruction ? SecuritySeverity.Critical : SecuritySeverity.High, item.Location, match.Index, match.Length,
                instruction
                    ? "hidden markup (comment or invisible element) carries instructions for the model"
                    : "hidden markup (comment or invisible element) that a rendered view does not show",
                EvidenceText.Of(item.Text, match.Index, match.Length)));
        }
    }
}
