using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Poisoning;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Results;

/// <summary>Finds instructions aimed at the calling agent inside tool output (indirect prompt injection).</summary>
/// <remarks>
/// Uses the tool-poisoning instruction rules, except those that are ordinary in data (a path like <c>~/.ssh</c> in a
/// directory listing, "previous messages" in a chat export), plus "call the X tool with …" and hidden Unicode.
/// </remarks>
internal static class OutputInjectionScanner
{
    private static readonly InstructionRule[] Rules = InstructionRule.All.Where(r => r.Name is not ("sensitive-file" or "conversation")).ToArray();

    public static void Scan(string location, string text, List<TextFinding> results, List<Finding> errors)
    {
        var presence = InstructionRule.Presence(text);
        foreach (var rule in Rules)
        {
            if (!rule.MayMatch(presence))
            {
                continue;
            }

            foreach (Match m in RegexGuard.Matches(rule.Pattern(), text, location, errors))
            {
                Add(results, location, text, rule.Severity, m.Index, m.Length, "tool output " + rule.Explanation);
            }
        }

        var toolCalls = (presence & InstructionRule.ToolCallBit) != 0 ? RegexGuard.Matches(InstructionPatterns.ToolCall(), text, location, errors) : [];
        foreach (Match m in toolCalls)
        {
            Add(results, location, text, SecuritySeverity.High, m.Index, m.Length, "tool output tells the agent to call a tool");
        }

        var hidden = new List<Finding>();
        HiddenUnicodeDetector.Scan(DetectorIds.OutputInjection, location, text, hidden);
        foreach (var f in hidden)
        {
            results.Add(new TextFinding(f with { Explanation = "tool output hides characters: " + f.Explanation }, ""));
        }
    }

    private static void Add(List<TextFinding> results, string location, string text, SecuritySeverity severity, int start, int length, string why)
    {
        if (results.Exists(r => r.Finding.Detector == DetectorIds.OutputInjection && r.Finding.Start < start + length && start < r.Finding.Start + r.Finding.Length))
        {
            return;
        }

        results.Add(new TextFinding(new Finding(DetectorIds.OutputInjection, severity, location, start, length, why, EvidenceText.Of(text, start, length)),
            "[REDACTED:prompt-injection]"));
    }
}
