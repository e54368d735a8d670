using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Results;

/// <summary>Finds secrets in text: cloud keys, private keys, JWTs, vendor tokens, credentials in URLs and assignments, high-entropy tokens.</summary>
/// <remarks>Evidence never contains the secret: only its kind, first four characters and length.</remarks>
internal sealed partial class SecretScanner(ResultOptions options)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly (string Kind, Func<Regex> Pattern, SecuritySeverity Severity, string[] Anchors)[] Rules =
    [
        ("private-key", PrivateKey, SecuritySeverity.Critical, ["PRIVATE KEY"]),
        ("aws-access-key", AwsAccessKey, SecuritySeverity.High, ["AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA"]),
        ("aws-secret-key", AwsSecretKey, SecuritySeverity.Critical, ["aws"]),
        ("github-token", GitHubToken, SecuritySeverity.High, ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]),
        ("gitlab-token", GitLabToken, SecuritySeverity.High, ["glpat-"]),
        ("slack-token", SlackToken, SecuritySeverity.High, ["xox"]),
        ("slack-webhook", SlackWebhook, SecuritySeverity.High, ["hooks.slack.com"]),
        ("stripe-key", StripeKey, SecuritySeverity.High, ["_live_", "_test_"]),
        ("google-api-key", GoogleApiKey, SecuritySeverity.High, ["AIza"]),
        ("anthropic-key", AnthropicKey, SecuritySeverity.High, ["sk-ant-"]),
        ("openai-key", OpenAiKey, SecuritySeverity.High, ["sk-"]),
        ("npm-token", NpmToken, SecuritySeverity.High, ["npm_"]),
        ("azure-key", AzureKey, SecuritySeverity.High, ["AccountKey=", "SharedAccessKey="]),
        ("jwt", Jwt, SecuritySeverity.High, ["eyJ"]),
        ("password", Assignment, SecuritySeverity.High, ["password", "passwd", "pwd", "secret", "api_key", "api-key", "apikey", "access_token", "access-token", "accesstoken", "auth_token", "auth-token", "authtoken", "client_secret", "client-secret", "clientsecret", "private_key", "private-key", "privatekey"]),
    ];

    private static readonly AnchorSet RuleAnchors = new([.. Rules.Select(r => r.Anchors)]);

    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\z)", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"(?i:aws_?secret_?(?:access_?)?key)[""']?\s*[:=]\s*[""']?(?<s>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AwsSecretKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bglpat-[A-Za-z0-9_-]{20,}", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GitLabToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SlackWebhook();

    [GeneratedRegex(@"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\bsk-ant-[A-Za-z0-9_-]{20,}", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AnthropicKey();

    [GeneratedRegex(@"\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OpenAiKey();

    [GeneratedRegex(@"\bnpm_[A-Za-z0-9]{36}\b", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"\b(?:AccountKey|SharedAccessKey)=(?<s>[A-Za-z0-9+/=]{40,})", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AzureKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Jwt();


    [GeneratedRegex(@"(?<![A-Za-z0-9])(?i:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key)\b[""']?\s*[:=]\s*[""']?(?<s>[^\s""',;]{8,})", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Assignment();


    public void Scan(string location, string text, List<TextFinding> results, List<Finding> errors)
    {
        var taken = new List<(int Start, int End)>();
        var presence = RuleAnchors.Present(text);
        for (var r = 0; r < Rules.Length && presence != 0; r++)
        {
            if ((presence & (1UL << r)) == 0)
            {
                continue;
            }

            var (kind, pattern, severity, _) = Rules[r];
            foreach (Match match in RegexGuard.Matches(pattern(), text, location, errors))
            {
                var secret = match.Groups["s"] is { Success: true } g ? g : (Capture)match;
                if (Overlaps(taken, secret.Index, secret.Length))
                {
                    continue;
                }

                taken.Add((secret.Index, secret.Index + secret.Length));
                results.Add(Found(location, kind, severity, secret.Index, secret.Length, text));
            }
        }

        foreach (var (start, length) in UrlCredentialFinder.Find(text))
        {
            if (!Overlaps(taken, start, length))
            {
                taken.Add((start, start + length));
                results.Add(Found(location, "url-credentials", SecuritySeverity.High, start, length, text));
            }
        }

        foreach (var (start, length) in TokenRuns.Base64(text, options.EntropyMinLength, 128))
        {
            if (!Overlaps(taken, start, length) && LooksRandom(text.AsSpan(start, length)))
            {
                results.Add(Found(location, "high-entropy", SecuritySeverity.Medium, start, length, text));
            }
        }
    }

    private bool LooksRandom(ReadOnlySpan<char> token)
    {
        bool upper = false, lower = false, digit = false;
        foreach (var c in token)
        {
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
            digit |= char.IsAsciiDigit(c);
        }

        return upper && lower && digit && Entropy.BitsPerChar(token) >= options.EntropyThreshold && token.Length >= options.EntropyMinLength;
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int length) =>
        taken.Exists(t => start < t.End && t.Start < start + length);

    private static TextFinding Found(string location, string kind, SecuritySeverity severity, int start, int length, string text)
    {
        var prefix = text.AsSpan(start, Math.Min(4, length));
        var evidence = $"{kind}: {EvidenceText.Escape(prefix)}… ({length} chars)";
        return new TextFinding(new Finding(DetectorIds.Secret, severity, location, start, length, $"{kind} in tool output", evidence), $"[REDACTED:{kind}]");
    }
}
