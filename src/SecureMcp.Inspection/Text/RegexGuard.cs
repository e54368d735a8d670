using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;

namespace SecureMcp.Inspection.Text;

/// <summary>Runs a regex over untrusted text; a timeout becomes a HIGH finding instead of an exception (fail closed).</summary>
internal static class RegexGuard
{
    private static readonly List<Match> None = [];

    public static List<Match> Matches(Regex regex, string text, string location, List<Finding> findings)
    {
        List<Match>? result = null;
        try
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                (result ??= []).Add(match);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            findings.Add(TimedOut(regex, text, location));
        }

        return result ?? None;
    }

    public static Match? First(Regex regex, string text, string location, List<Finding> findings)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            findings.Add(TimedOut(regex, text, location));
            return null;
        }
    }

    /// <summary>IsMatch that answers true (the conservative answer) when the scan times out.</summary>
    public static bool IsMatchOrTimeout(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>Match that returns a description of the timeout as the matched text when the scan times out (conservative).</summary>
    public static string? MatchOrTimeout(Regex regex, string text)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success ? match.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return "(pattern timed out; assumed present)";
        }
    }

    private static Finding TimedOut(Regex regex, string text, string location) =>
        new(DetectorIds.Timeout, SecuritySeverity.High, location, 0, text.Length,
            $"pattern scan exceeded its time limit ({regex.MatchTimeout.TotalMilliseconds} ms); the text is treated as suspicious",
            EvidenceText.Of(text, 0, 40));
}
