using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds descriptions that try to change how other tools or servers behave (cross-tool shadowing).</summary>
/// <remarks>
/// Three signals: generic language about other tools ("when this tool is available, the X tool must …", "side effect
/// on …", "all other tools"); a named tool of another server next to a behaviour-changing word; and a tool name that
/// another server also offers (a collision the model may resolve to the wrong server).
/// </remarks>
internal sealed partial class ShadowingDetector : IToolDetector
{
    public string Id => DetectorIds.Shadowing;

    [GeneratedRegex(@"\bwhen(?:ever)?\s+this\s+tool\s+is\s+(?:available|present|loaded|installed|enabled|connected)|\b(?:side[\s-]effects?|affects?|modif(?:y|ies)|changes?|overrides?|replaces?|alters?|hijacks?|intercepts?)\s+(?:on\s+|over\s+|to\s+)?(?:the\s+)?(?:behaviou?r\s+of\s+)?(?:the\s+)?(?:also\s+present\s+|other\s+|all\s+|any\s+|every\s+)(?:[`'""]?[\w.-]+[`'""]?\s+){0,2}(?:tools?|servers?|functions?|integrations?)\b|\b(?:takes?|has)\s+precedence\s+over\b|\b(?:all|every|any)\s+(?:other\s+)?(?:tools?|tool\s+calls?|servers?|mcp\s+servers?|functions?)\s+(?:must|should|shall|need\s+to|have\s+to|are\s+required\s+to|will)\b|(?<=[\w`'""]\s+)tool\s+(?:must|should|shall|needs?\s+to|has\s+to|is\s+required\s+to)\s+(?:always\s+)?(?:send|forward|include|add|use|route|redirect|cc|bcc|copy)\b|\b(?:instead\s+of|rather\s+than)\s+(?:using|calling)\s+(?:any\s+)?(?:other|the\s+(?:original|real|official|default))\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CrossTool();

    [GeneratedRegex(@"\b(?:must|should|always|never|instead|whenever|override|replace|redirect|also|only|first)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Modal();

    private static readonly System.Buffers.SearchValues<string> CrossToolAnchors =
        Anchors.Of("tool", "server", "function", "integration", "precedence", "instead of", "rather than");

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Kind == ToolTextKind.Name)
        {
            InspectCollision(item, context, findings);
            return;
        }

        if (item.Kind is ToolTextKind.ParameterName || item.Text.Length < 12)
        {
            return;
        }

        var crossTool = Anchors.In(item.Text, CrossToolAnchors) ? RegexGuard.Matches(CrossTool(), item.Text, item.Location, findings) : [];
        foreach (Match match in crossTool)
        {
            findings.Add(new Finding(Id, SecuritySeverity.Critical, item.Location, match.Index, match.Length,
                "tries to change how other tools or servers behave", EvidenceText.Of(item.Text, match.Index, match.Length)));
        }

        if (context.ToolServers.Count == 0)
        {
            return;
        }

        var text = item.Text;
        foreach (var (start, length) in TokenRuns.Identifiers(text, 4, 128))
        {
            if (!LooksLikeIdentifier(text.AsSpan(start, length)))
            {
                continue;
            }

            var token = text.Substring(start, length).Trim('-');
            if (!context.IsForeignTool(token) || context.IsSibling(token))
            {
                continue;
            }

            if (RegexGuard.IsMatchOrTimeout(Modal(), SentenceAround(text, start)))
            {
                findings.Add(new Finding(Id, SecuritySeverity.High, item.Location, start, length,
                    $"gives orders about '{token}', a tool of another server ({string.Join(", ", context.ToolServers[token])})",
                    EvidenceText.Of(text, start, length)));
            }
        }
    }

    private void InspectCollision(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (context.ToolServers.TryGetValue(item.Text, out var servers) && servers.Any(s => s != context.Server))
        {
            findings.Add(new Finding(Id, SecuritySeverity.Low, item.Location, 0, item.Text.Length,
                $"tool name is also offered by {string.Join(", ", servers.Where(s => s != context.Server))}; a client without namespacing may call the wrong server",
                EvidenceText.Of(item.Text, 0, item.Text.Length)));
        }
    }

    /// <summary>Tool names worth matching in prose: snake_case, kebab-case or camelCase (not plain words like "search").</summary>
    private static bool LooksLikeIdentifier(ReadOnlySpan<char> token) =>
        token.Trim('-').ContainsAny('_', '-') || (char.IsAsciiLetterLower(token[0]) && token.ContainsAnyInRange('A', 'Z'));

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(['.', '\n', '!', '?'], index);
        return text[Math.Max(start, index - 200)..(end < 0 ? text.Length : Math.Min(end, index + 200))];
    }
}
