using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Arguments;

/// <summary>Finds path traversal (plain, percent-encoded, double-encoded, overlong UTF-8, full-width dots) and absolute paths outside the allowed roots.</summary>
internal sealed partial class PathScanner(ArgumentOptions options)
{
    private static readonly System.Buffers.SearchValues<char> EncodedMarks = System.Buffers.SearchValues.Create("%\\\uFF0E\u2024\uFE52\uFF0F\u2215");

    private static readonly System.Buffers.SearchValues<string> PathNames =
        Text.Anchors.Of("path", "file", "dir", "folder", "source", "destination", "target", "location", "root", "cwd");

    [GeneratedRegex(@"^(?:/(?:etc|proc|sys|dev|root|boot|var/run/secrets|var/lib/docker)(?:/|$)|[A-Za-z]:[\\/](?:windows|users\\[^\\]+\\appdata)|~?/?.*(?:/\.ssh(?:/|$)|/\.aws(?:/|$)|/\.gnupg(?:/|$)|/\.kube(?:/|$)|/\.docker/config\.json|/\.env$|/\.git-credentials$|/\.npmrc$|/\.netrc$|id_(?:rsa|dsa|ecdsa|ed25519)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Sensitive();

    public static bool Applies(in StringArgument argument)
    {
        var v = argument.Value;
        var name = argument.Name;
        return v.Length > 0 && (v[0] is '/' or '~' or '\\' || v.Contains("..", StringComparison.Ordinal) || v.Contains('%', StringComparison.Ordinal) ||
                                v.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || (v.Length > 2 && v[1] == ':' && v[2] is '\\' or '/') ||
                                v.Contains('\uFF0E', StringComparison.Ordinal) || v.Contains('\0', StringComparison.Ordinal) ||
                                name.AsSpan().ContainsAny(PathNames));
    }

    public void Scan(in StringArgument argument, List<Finding> findings)
    {
        var raw = argument.Value;
        var decoded = Decode(raw);
        var wasEncoded = !string.Equals(decoded, raw.Replace('\\', '/'), StringComparison.Ordinal);
        if (decoded.Contains('\0', StringComparison.Ordinal))
        {
            Add(findings, argument, SecuritySeverity.High, "null byte in a path (truncation attack)");
        }

        if (HasTraversal(decoded))
        {
            Add(findings, argument, wasEncoded ? SecuritySeverity.Critical : SecuritySeverity.High,
                wasEncoded ? "encoded '..' segment climbs out of the intended directory (filter evasion)" : "'..' segment climbs out of the intended directory");
        }

        var path = decoded.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? decoded[7..] : decoded;
        if (!IsAbsolute(path))
        {
            return;
        }

        if (options.AllowedRoots.Count > 0)
        {
            var normalized = Normalize(path);
            if (!options.AllowedRoots.Any(root => IsUnder(normalized, Normalize(root))))
            {
                Add(findings, argument, SecuritySeverity.High, $"absolute path outside the allowed roots ({string.Join(", ", options.AllowedRoots)})");
                return;
            }
        }

        if (RegexGuard.IsMatchOrTimeout(Sensitive(), path))
        {
            Add(findings, argument, SecuritySeverity.High, "absolute path to a system or credential location");
        }
    }

    /// <summary>Undoes the encodings attackers use to sneak '..' past filters, up to three layers deep.</summary>
    internal static string Decode(string value)
    {
        if (value.AsSpan().IndexOfAny(EncodedMarks) < 0)
        {
            return value;
        }

        var current = value;
        for (var i = 0; i < 3; i++)
        {
            var next = current
                .Replace("%c0%ae", ".", StringComparison.OrdinalIgnoreCase).Replace("%c0%af", "/", StringComparison.OrdinalIgnoreCase)
                .Replace("%e0%80%ae", ".", StringComparison.OrdinalIgnoreCase).Replace("%c1%9c", "/", StringComparison.OrdinalIgnoreCase)
                .Replace("%u002e", ".", StringComparison.OrdinalIgnoreCase).Replace("%u2215", "/", StringComparison.OrdinalIgnoreCase);
            try
            {
                next = WebUtility.UrlDecode(next.Replace("+", "%2B", StringComparison.Ordinal));
            }
            catch (ArgumentException)
            {
                break;
            }

            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                break;
            }

            current = next;
        }

        var builder = new StringBuilder(current.Length);
        foreach (var c in current)
        {
            builder.Append(c switch { '\uFF0E' or '\u2024' or '\uFE52' => '.', '\uFF0F' or '\u2215' or '\\' => '/', _ => c });
        }

        return builder.ToString();
    }

    private static bool HasTraversal(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            var s = segment.Trim();
            if (s == ".." || (s.Length > 2 && s.All(c => c == '.')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('~') || (path.Length > 2 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] == '/');

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return "/" + string.Join('/', parts);
    }

    private static bool IsUnder(string path, string root) =>
        root == "/" || path.Equals(root, StringComparison.Ordinal) || path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static void Add(List<Finding> findings, in StringArgument argument, SecuritySeverity severity, string why) =>
        findings.Add(new Finding(DetectorIds.PathTraversal, severity, argument.Path, 0, argument.Value.Length, why, EvidenceText.Of(argument.Value, 0, argument.Value.Length)));
}
