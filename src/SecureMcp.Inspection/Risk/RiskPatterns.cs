using SecureMcp.Inspection.Text;
using System.Text.RegularExpressions;

namespace SecureMcp.Inspection.Risk;

/// <summary>Description phrases that reveal a tool's capabilities.</summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex(@"\b(?:execut\w*|run\w*|spawn\w*|launch\w*|start\w*|evaluat\w*)\s+(?:an?\s+|the\s+|arbitrary\s+|any\s+|new\s+)?(?:shell|terminal|system|bash|os|cli|javascript|python|js)?\s*(?:commands?|scripts?|code|programs?|process(?:es)?|expressions?)\b|\b(?:shell|terminal)\s+(?:commands?|process|session)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ExecutesCommands();

    [GeneratedRegex(@"\b(?:environment\s+variables?|api\s+keys?|access\s+tokens?|passwords?|credentials?|secrets?|private\s+keys?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Credentials();

    [GeneratedRegex(@"\b(?:access|read|write|open|modify|delete|edit)\w*\s+(?:to\s+)?(?:any|arbitrary)\s+(?:files?|paths?)\b|\b(?:any|arbitrary)\s+(?:files?|paths?)\s+on\s+(?:the|your|this)\b|\b(?:entire|whole)\s+(?:file\s*system|disk|machine)|anywhere\s+on\s+(?:the|your)\s+(?:system|machine|computer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex BroadFileSystem();

    [GeneratedRegex(@"\b(?:sql|database|queries|query\s+(?:the|a)\s+(?:database|table)|tables?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Database();

    [GeneratedRegex(@"\b(?:send|sends|email|e-mail|post\s+(?:a\s+)?(?:new\s+)?message|publish|webhook|upload)\w*\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex SendsData();

    /// <summary>A negation just before a capability phrase ("instead of starting a shell command").</summary>
    [GeneratedRegex(@"\b(?:instead\s+of|rather\s+than|without|not|no\s+need\s+(?:for|to)|avoid(?:s|ing)?|never)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex NegatedBefore();

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex TokenSplitter();
}
