using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Arguments;

/// <summary>For tools that run queries: tautologies, UNION probes, stacked statements, comments, time delays and file access.</summary>
internal static partial class SqlScanner
{
    [GeneratedRegex(@";\s*(?:drop|delete|truncate|alter|grant|revoke|shutdown|exec(?:ute)?|insert|update|create|attach|copy)\b|\bxp_cmdshell\b|\binto\s+(?:out|dump)file\b|\bload_file\s*\(|\bcopy\s+\w+\s+(?:from|to)\s+program\b|\bpg_read_file\s*\(|\blo_import\s*\(",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Destructive();

    [GeneratedRegex(@"'\s*(?:or|and|\|\|)\s*'?[\w]+'?\s*(?:=|like|<>|>|<)\s*'?[\w]*|\b(?:or|and)\s+(?:'?(\w+)'?\s*=\s*'?\1'?|true|1)\b|\bunion\s+(?:all\s+)?select\b|(?:'|\b)\s*--(?:\s|$)|'\s*#|/\*.*?\*/|\b(?:sleep|pg_sleep|benchmark)\s*\(|\bwaitfor\s+delay\b|\binformation_schema\b|\bpg_catalog\.pg_(?:shadow|authid|user)\b|\bsqlite_master\b|\bmysql\.user\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Injection();

    public static void Scan(in StringArgument argument, List<Finding> findings)
    {
        if (RegexGuard.First(Destructive(), argument.Value, argument.Path, findings) is { } destructive)
        {
            findings.Add(new Finding(DetectorIds.SqlInjection, SecuritySeverity.Critical, argument.Path, destructive.Index, destructive.Length,
                "stacked or file-access SQL statement", EvidenceText.Of(argument.Value, destructive.Index, destructive.Length)));
            return;
        }

        if (RegexGuard.First(Injection(), argument.Value, argument.Path, findings) is { } injection)
        {
            findings.Add(new Finding(DetectorIds.SqlInjection, SecuritySeverity.High, argument.Path, injection.Index, injection.Length,
                "SQL injection pattern (tautology, UNION probe, comment terminator, time delay or catalog probe)",
                EvidenceText.Of(argument.Value, injection.Index, injection.Length)));
        }
    }
}
