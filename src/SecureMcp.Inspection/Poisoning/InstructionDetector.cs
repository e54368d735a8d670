using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds instructions addressed to the model: read files, send data, hide from the user, call other tools first.</summary>
/// <remarks>
/// Naming a sibling tool of the same server as a prerequisite is normal documentation and stays MEDIUM; a credential
/// file together with an instruction to act on it is CRITICAL.
/// </remarks>
internal sealed class InstructionDetector : IToolDetector
{
    public string Id => DetectorIds.Instructions;

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Kind is ToolTextKind.Name or ToolTextKind.ParameterName || item.Text.Length < 8)
        {
            return;
        }

        var start = findings.Count;
        var actsOnData = false;
        var sensitiveAt = -1;
        var presence = InstructionRule.Presence(item.Text);
        foreach (var rule in InstructionRule.All)
        {
            if (!rule.MayMatch(presence))
            {
                continue;
            }

            foreach (Match match in RegexGuard.Matches(rule.Pattern(), item.Text, item.Location, findings))
            {
                var severity = rule.Severity;
                var explanation = rule.Explanation;
                if (rule.Name == "ordering")
                {
                    var target = match.Groups["tool"].Value.Trim().TrimEnd('.', ':');
                    if (IsSelfOrSibling(target, context))
                    {
                        severity = SecuritySeverity.Medium;
                        explanation = $"orders calls between tools of the same server ('{target}')";
                    }
                    else
                    {
                        actsOnData = true;
                        explanation = $"orders the model to {match.Groups["verb"].Value.ToLowerInvariant()} '{target}' first";
                    }
                }
                else if (rule.Name is "secrecy" or "send-data" or "smuggle" or "pressure")
                {
                    actsOnData = true;
                }

                if (rule.Name == "sensitive-file")
                {
                    sensitiveAt = findings.Count;
                }

                findings.Add(new Finding(Id, severity, item.Location, match.Index, match.Length, explanation,
                    EvidenceText.Of(item.Text, match.Index, match.Length)));
            }
        }

        if (sensitiveAt >= 0 && (actsOnData || RegexGuard.First(InstructionPatterns.DataVerb(), item.Text, item.Location, findings) is not null))
        {
            var f = findings[sensitiveAt];
            findings[sensitiveAt] = f with
            {
                Severity = SecuritySeverity.Critical,
                Explanation = "tells the model to act on a credential or configuration file",
            };
        }

        Deduplicate(findings, start);
    }

    private static bool IsSelfOrSibling(string target, ToolScanContext context)
    {
        if (target.Length == 0 || target.Equals("this", StringComparison.OrdinalIgnoreCase) || target.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return context.IsSibling(target) || context.IsSibling(target.Replace(' ', '_').ToLowerInvariant());
    }

    /// <summary>Overlapping matches of several rules collapse into the most severe one.</summary>
    private static void Deduplicate(List<Finding> findings, int start)
    {
        for (var i = findings.Count - 1; i > start; i--)
        {
            for (var j = start; j < i; j++)
            {
                var a = findings[j];
                var b = findings[i];
                if (a.Detector == b.Detector && a.Location == b.Location && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length)
                {
                    if (b.Severity > a.Severity)
                    {
                        findings[j] = b;
                    }

                    findings.RemoveAt(i);
                    break;
                }
            }
        }
    }
}
