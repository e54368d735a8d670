using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Arguments;

/// <summary>For tools that execute commands: shell metacharacters (HIGH) and known-dangerous command patterns (CRITICAL).</summary>
internal static partial class ShellScanner
{
    [GeneratedRegex(@"[;`\n\r]|&&|\|\||(?<![|])\|(?![|])|\$\(|\$\{|<\(|>\(|(?<![0-9&])>{1,2}\s*[/~$]|&\s*$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Metacharacter();

    [GeneratedRegex(@"\b(?:curl|wget|fetch)\b[^\n]*\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\brm\s+-[a-z]*(?:r[a-z]*f|f[a-z]*r)[a-z]*\s+(?:--no-preserve-root\s+)?(?:/|~|\*|\$HOME)|/dev/(?:tcp|udp)/|\b(?:nc|ncat|netcat)\b[^\n]*\s-[a-z]*[ec]\b|\bmkfifo\b|\bbase64\s+(?:-d|--decode)\b[^\n]*\|\s*(?:ba|z)?sh\b|\bchmod\s+(?:[0-7]?[4-7][0-7]{3}|[ug]?\+s)\b|:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:|\b(?:python[23]?|perl|ruby|php|node)\s+-(?:c|e|r)\b[^\n]*(?:socket|subprocess|exec|system|spawn|child_process)|>\s*/etc/|\bcrontab\s+-|authorized_keys|\bdd\s+if=/dev/(?:zero|random|urandom)\s+of=/dev/|\bmkfs\b|\bshutdown\b|\breboot\b|\bsudo\s+su\b|\b(?:cat|less|more|head|tail)\s+[^\n]*(?:/etc/shadow|\.ssh/id_|\.aws/credentials)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Dangerous();

    public static void Scan(in StringArgument argument, List<Finding> findings)
    {
        if (RegexGuard.First(Dangerous(), argument.Value, argument.Path, findings) is { } danger)
        {
            findings.Add(new Finding(DetectorIds.ShellInjection, SecuritySeverity.Critical, argument.Path, danger.Index, danger.Length,
                "dangerous command pattern (download-and-run, reverse shell, destructive delete, privilege change)",
                EvidenceText.Of(argument.Value, danger.Index, danger.Length)));
            return;
        }

        if (RegexGuard.First(Metacharacter(), argument.Value, argument.Path, findings) is { } meta)
        {
            findings.Add(new Finding(DetectorIds.ShellInjection, SecuritySeverity.High, argument.Path, meta.Index, meta.Length,
                "shell metacharacter chains, substitutes or redirects commands in an argument of a command-executing tool",
                EvidenceText.Of(argument.Value, Math.Max(0, meta.Index - 20), Math.Min(argument.Value.Length, meta.Index + 20) - Math.Max(0, meta.Index - 20))));
        }
    }
}
