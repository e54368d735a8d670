using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Results;

/// <summary>Finds personal data in text: email addresses, phone numbers, card numbers (Luhn-checked) and IBANs (mod-97-checked).</summary>
internal sealed partial class PiiScanner(ResultOptions options)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;


    [GeneratedRegex(@"(?<![\w+.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,5}(?![\w.-]|\s\d)|(?<![\w+])\+\d{10,14}\b", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\d-])[3-6]\d{3}(?:[ -]?\d{3,4}){2,4}(?:[ -]?\d{1,4})?(?![\d-])", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Card();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", Options, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Iban();

    public void Scan(string location, string text, List<TextFinding> results, List<Finding> errors)
    {
        var kinds = options.PiiKinds;
        if (kinds.Contains("credit-card"))
        {
            foreach (var (start, length) in DigitClusters.Find(text, 13))
            {
                foreach (Match m in RegexGuard.Matches(Card(), text.Substring(start, length), location, errors))
                {
                    if (Checksums.Luhn(m.ValueSpan, out var digits) && digits is >= 13 and <= 19)
                    {
                        results.Add(Found(location, "credit-card", SecuritySeverity.High, start + m.Index, m.Length, m.Value, "payment card number (Luhn-valid)"));
                    }
                }
            }
        }

        if (kinds.Contains("iban"))
        {
            foreach (Match m in RegexGuard.Matches(Iban(), text, location, errors))
            {
                if (Checksums.Iban(m.ValueSpan))
                {
                    results.Add(Found(location, "iban", SecuritySeverity.High, m.Index, m.Length, m.Value, "bank account number (IBAN, checksum-valid)"));
                }
            }
        }

        if (kinds.Contains("email"))
        {
            foreach (var (start, length) in EmailFinder.Find(text))
            {
                results.Add(new TextFinding(new Finding(DetectorIds.Pii, SecuritySeverity.Medium, location, start, length, "email address in tool output",
                    $"email: {EvidenceText.Escape(text.AsSpan(start, Math.Min(3, length)))}… ({length} chars)"), "[REDACTED:email]"));
            }
        }

        if (kinds.Contains("phone"))
        {
            foreach (var (start, length) in DigitClusters.Find(text, 10))
            {
                var cluster = text.Substring(Math.Max(0, start - 1), length + (start > 0 ? 1 : 0));
                var offset = Math.Max(0, start - 1);
                foreach (Match m in RegexGuard.Matches(Phone(), cluster, location, errors))
                {
                    var index = offset + m.Index;
                    var digits = m.Value.Count(char.IsAsciiDigit);
                    if (digits is >= 10 and <= 15 && !results.Exists(r => r.Finding.Start <= index && index < r.Finding.Start + r.Finding.Length))
                    {
                        results.Add(Found(location, "phone", SecuritySeverity.Medium, index, m.Length, m.Value, "phone number"));
                    }
                }
            }
        }
    }

    private static TextFinding Found(string location, string kind, SecuritySeverity severity, int start, int length, string value, string what) =>
        new(new Finding(DetectorIds.Pii, severity, location, start, length, what + " in tool output",
            $"{kind}: {EvidenceText.Escape(value.AsSpan(0, Math.Min(3, length)))}… ({length} chars)"), $"[REDACTED:{kind}]");
}
