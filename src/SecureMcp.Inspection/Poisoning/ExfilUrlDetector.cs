using System.Net;
using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Finds URLs and email addresses data could be sent to, and rates them by how much they look like a drop box.</summary>
/// <remarks>
/// A documentation link is LOW. A capture service (webhook.site, ngrok, requestbin …), an IP-literal host, a URL with a
/// data placeholder, or a URL or address next to a "send" verb is an exfiltration endpoint.
/// </remarks>
internal sealed partial class ExfilUrlDetector : IToolDetector
{
    private static readonly string[] CaptureHosts =
    [
        "webhook.site", "ngrok.io", "ngrok-free.app", "ngrok.app", "requestbin", "pipedream.net", "burpcollaborator.net", "oastify.com",
        "interact.sh", "oast.fun", "oast.pro", "oast.live", "oast.site", "oast.online", "pastebin.com", "transfer.sh", "hookbin.com",
        "beeceptor.com", "requestcatcher.com", "trycloudflare.com", "serveo.net", "loca.lt", "localtunnel.me", "discord.com/api/webhooks",
        "discordapp.com/api/webhooks", "api.telegram.org/bot", "hooks.slack.com", "canarytokens", "dnslog.cn", "ceye.io", "postb.in",
    ];

    public string Id => DetectorIds.ExfilUrl;

    [GeneratedRegex(@"\b(?:https?|ftp|wss?|gopher|dict|file)://[^\s<>""'`)\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Address();

    [GeneratedRegex(@"\b(?:send|sends|sent|post|upload|forward|transmit|exfiltrate|leak|report|bcc|cc|mail|email|submit|log|beacon|notify)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SendVerb();

    [GeneratedRegex(@"[?&][\w-]+=(?:\{[^}]*\}|<[^>]*>|\$\{?\w+|\[[^\]]*\]|%s)|\{\{?\s*[\w.]+\s*\}?\}", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Placeholder();

    public void Inspect(ToolTextItem item, ToolScanContext context, List<Finding> findings)
    {
        if (item.Kind is ToolTextKind.Name or ToolTextKind.ParameterName || item.Location.EndsWith(".$schema", StringComparison.Ordinal) ||
            (item.Text.IndexOf("://", StringComparison.Ordinal) < 0 && item.Text.IndexOf('@') < 0))
        {
            return;
        }

        var addresses = RegexGuard.Matches(Address(), item.Text, item.Location, findings).Select(m => (m.Index, m.Length)).ToList();
        addresses.AddRange(EmailFinder.Find(item.Text));
        foreach (var (index, length) in addresses)
        {
            var value = item.Text.Substring(index, length).TrimEnd('.', ',', ';', ':');
            var isEmail = !value.Contains("://", StringComparison.Ordinal);
            var sentence = Sentence(item.Text, index, length);
            var nearSend = RegexGuard.First(SendVerb(), sentence, item.Location, findings) is not null;
            var (severity, why) = Rate(value, isEmail, nearSend);
            if (severity == SecuritySeverity.Info)
            {
                continue;
            }

            findings.Add(new Finding(Id, severity, item.Location, index, value.Length, why, EvidenceText.Of(item.Text, index, value.Length)));
        }
    }

    private static (SecuritySeverity, string) Rate(string value, bool isEmail, bool nearSend)
    {
        if (isEmail)
        {
            return nearSend
                ? (SecuritySeverity.Critical, "email address next to an instruction to send data (exfiltration recipient)")
                : (SecuritySeverity.Info, "");
        }

        var lower = value.ToLowerInvariant();
        if (CaptureHosts.Any(h => lower.Contains(h, StringComparison.Ordinal)))
        {
            return (SecuritySeverity.Critical, "URL of a request-capture or tunnelling service (exfiltration endpoint)");
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && IPAddress.TryParse(uri.Host.Trim('[', ']'), out _))
        {
            return (SecuritySeverity.High, "URL with an IP-literal host (no domain accountability)");
        }

        if (RegexGuard.IsMatchOrTimeout(Placeholder(), value))
        {
            return (SecuritySeverity.High, "URL with a placeholder for data to be filled in by the model");
        }

        if (lower.StartsWith("gopher:", StringComparison.Ordinal) || lower.StartsWith("dict:", StringComparison.Ordinal) ||
            lower.StartsWith("file:", StringComparison.Ordinal))
        {
            return (SecuritySeverity.High, "URL with a scheme used for local-file access or request smuggling");
        }

        return nearSend
            ? (SecuritySeverity.High, "URL next to an instruction to send data")
            : (SecuritySeverity.Low, "documentation or service link");
    }

    private static string Sentence(string text, int index, int length)
    {
        var start = Math.Max(0, text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, index - 1)) + 1);
        if (index - start > 160)
        {
            start = index - 160;
        }

        var end = text.IndexOfAny(['\n', '!', '?'], index + length);
        end = end < 0 ? text.Length : Math.Min(end, index + length + 160);
        return string.Concat(text.AsSpan(start, index - start), " ", text.AsSpan(index + length, Math.Max(0, end - index - length)));
    }
}
