using System.Text;
using System.Text.Json;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Arguments;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Results;
using SecureMcp.Inspection.Risk;
using SecureMcp.Inspection.Scanning;
using SecureMcp.Inspection.Tests.Support;
using Xunit.Abstractions;

namespace SecureMcp.Inspection.Tests.Evaluation;

/// <summary>
/// Precision and recall of every detector on the labelled corpora. Goals (issue 5): recall ≥ 95% on the attack corpus,
/// false-positive rate ≤ 2% on the benign corpus at HIGH and above. The tests fail if either regresses.
/// </summary>
public sealed class DetectionEvaluationTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.95;
    private const double MaxFalsePositiveRate = 0.02;

    [Fact]
    public void ToolDetectors_AttackAndBenignCorpora_MeetRecallAndFalsePositiveGoals()
    {
        var benign = Corpus.Benign();
        var benignTools = benign.Sum(s => s.Tools.Count);
        benign.Count.ShouldBeGreaterThanOrEqualTo(8);
        benignTools.ShouldBeGreaterThanOrEqualTo(100);

        var scores = DetectorIds.ToolDetectors.ToDictionary(d => d, d => new DetectorScore(d));
        var benignResult = new ToolScanner().Scan(benign);
        var highFalsePositives = new List<string>();
        foreach (var report in benignResult.Tools)
        {
            foreach (var group in report.Findings.Where(f => f.Severity >= SecuritySeverity.Medium).GroupBy(f => f.Detector))
            {
                if (!scores.TryGetValue(group.Key, out var score))
                {
                    continue;
                }

                score.BenignHits++;
                output.WriteLine($"benign {group.Max(f => f.Severity)} {group.Key} {report.Server}/{report.Tool}: {group.First().Evidence}");
                if (group.Any(f => f.Severity >= SecuritySeverity.High))
                {
                    score.BenignHighHits++;
                }
            }

            if (report.Findings.Any(f => f.Severity >= SecuritySeverity.High))
            {
                highFalsePositives.Add($"{report.Server}/{report.Tool}: " + string.Join("; ", report.Findings.Where(f => f.Severity >= SecuritySeverity.High).Select(f => $"{f.Detector} {f.Location} {f.Evidence}")));
            }
        }

        var attacks = Corpus.Attack("tool-attacks.json");
        var missed = new List<string>();
        var attackCount = 0;
        foreach (var sample in attacks.EnumerateArray())
        {
            attackCount++;
            var servers = new List<ServerTools> { new(sample.GetProperty("server").GetString()!, [Corpus.ToTool(sample.GetProperty("tool"))]) };
            if (sample.TryGetProperty("context", out var context))
            {
                servers.AddRange(context.EnumerateArray().Select(c => new ServerTools(c.GetProperty("server").GetString()!,
                    c.GetProperty("tools").EnumerateArray().Select(Corpus.ToTool).ToList())));
            }

            var report = new ToolScanner().Scan(servers).Tools[0];
            foreach (var expected in Corpus.Expect(sample))
            {
                var score = scores[expected];
                score.Labelled++;
                if (report.Findings.Any(f => f.Detector == expected && f.Severity >= SecuritySeverity.Medium))
                {
                    score.Detected++;
                }
                else
                {
                    missed.Add($"{sample.GetProperty("id").GetString()} ({expected}): got {string.Join(", ", report.Findings.Select(f => f.Detector + "/" + f.Severity))}");
                }
            }
        }

        var falsePositiveRate = (double)highFalsePositives.Count / benignTools;
        output.WriteLine($"Benign: {benignTools} tools from {benign.Count} servers; attacks: {attackCount} poisoned definitions.");
        output.WriteLine(Table(scores.Values, benignTools));
        output.WriteLine($"Benign tools with a HIGH+ finding: {highFalsePositives.Count} ({falsePositiveRate:P2})");
        highFalsePositives.ForEach(output.WriteLine);
        missed.ForEach(m => output.WriteLine("MISSED " + m));

        attackCount.ShouldBeGreaterThanOrEqualTo(60);
        scores.Values.ShouldAllBe(s => s.Labelled > 0, "every tool detector needs attack samples");
        scores.Values.ShouldAllBe(s => s.Recall >= MinRecall, string.Join("\n", missed));
        falsePositiveRate.ShouldBeLessThanOrEqualTo(MaxFalsePositiveRate, string.Join("\n", highFalsePositives));
    }

    [Fact]
    public async Task ArgumentScanners_AttackSamples_MeetRecallGoalWithoutBenignBlocks()
    {
        var resolver = new FakeResolver();
        var inspector = new ArgumentInspector(new ArgumentOptions(), resolver);
        var scores = new Dictionary<string, DetectorScore>(StringComparer.Ordinal);
        var missed = new List<string>();
        var benignBlocked = new List<string>();
        var benignCount = 0;
        foreach (var sample in Corpus.Attack("argument-attacks.json").EnumerateArray())
        {
            var caps = Enum.Parse<ToolCapabilities>(sample.GetProperty("capabilities").GetString()!);
            var findings = await inspector.InspectAsync(sample.GetProperty("arguments"), caps);
            var expected = Corpus.Expect(sample);
            if (expected.Length == 0)
            {
                benignCount++;
                foreach (var f in findings.Where(f => f.Severity >= SecuritySeverity.Medium))
                {
                    Score(scores, f.Detector).BenignHits++;
                    if (f.Severity >= SecuritySeverity.High)
                    {
                        Score(scores, f.Detector).BenignHighHits++;
                        benignBlocked.Add($"{sample.GetProperty("id").GetString()}: {f.Detector} {f.Explanation}");
                    }
                }

                continue;
            }

            foreach (var detector in expected)
            {
                var score = Score(scores, detector);
                score.Labelled++;
                if (findings.Any(f => f.Detector == detector && f.Severity >= SecuritySeverity.High))
                {
                    score.Detected++;
                }
                else
                {
                    missed.Add($"{sample.GetProperty("id").GetString()} ({detector}): got {string.Join(", ", findings.Select(f => f.Detector + "/" + f.Severity))}");
                }
            }
        }

        output.WriteLine(Table(scores.Values, benignCount));
        missed.ForEach(m => output.WriteLine("MISSED " + m));
        benignBlocked.ForEach(b => output.WriteLine("BENIGN BLOCKED " + b));
        scores.Values.ShouldAllBe(s => s.Recall >= MinRecall, string.Join("\n", missed));
        benignBlocked.ShouldBeEmpty();
    }

    [Fact]
    public void ResultScanners_AttackSamples_MeetRecallGoalAndRedactWithPlaceholders()
    {
        var inspector = new ResultInspector(InspectionPolicy.Default);
        var scores = new Dictionary<string, DetectorScore>(StringComparer.Ordinal);
        var missed = new List<string>();
        var benignHits = new List<string>();
        var benignCount = 0;
        foreach (var sample in Corpus.Attack("result-attacks.json").EnumerateArray())
        {
            var text = sample.GetProperty("text").GetString()!;
            var findings = new List<(Finding Finding, InspectionAction Action)>();
            var redacted = inspector.InspectText("content[0]", text, findings);
            var expected = Corpus.Expect(sample);
            if (expected.Length == 0)
            {
                benignCount++;
                foreach (var (f, _) in findings.Where(f => f.Finding.Severity >= SecuritySeverity.Medium))
                {
                    Score(scores, f.Detector).BenignHits++;
                    benignHits.Add($"{sample.GetProperty("id").GetString()}: {f.Detector} {f.Evidence}");
                    if (f.Severity >= SecuritySeverity.High)
                    {
                        Score(scores, f.Detector).BenignHighHits++;
                    }
                }

                continue;
            }

            foreach (var detector in expected)
            {
                var score = Score(scores, detector);
                score.Labelled++;
                var placeholderOk = !sample.TryGetProperty("placeholder", out var placeholder) || redacted.Contains(placeholder.GetString()!, StringComparison.Ordinal);
                if (findings.Any(f => f.Finding.Detector == detector && f.Finding.Severity >= SecuritySeverity.Medium) && placeholderOk)
                {
                    score.Detected++;
                }
                else
                {
                    missed.Add($"{sample.GetProperty("id").GetString()} ({detector}): '{redacted}' got {string.Join(", ", findings.Select(f => f.Finding.Detector + "/" + f.Finding.Severity + "/" + f.Finding.Evidence))}");
                }
            }
        }

        output.WriteLine(Table(scores.Values, benignCount));
        missed.ForEach(m => output.WriteLine("MISSED " + m));
        benignHits.ForEach(b => output.WriteLine("BENIGN HIT " + b));
        scores.Values.ShouldAllBe(s => s.Recall >= MinRecall, string.Join("\n", missed));
        benignHits.ShouldBeEmpty();
    }

    private static DetectorScore Score(Dictionary<string, DetectorScore> scores, string detector) =>
        scores.TryGetValue(detector, out var s) ? s : scores[detector] = new DetectorScore(detector);

    private static string Table(IEnumerable<DetectorScore> scores, int benignTotal)
    {
        var sb = new StringBuilder("| detector | attack samples | detected | recall | precision | benign hits (MEDIUM+) | benign hits (HIGH+) | benign FPR (HIGH+) |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var s in scores.OrderBy(s => s.Detector, StringComparer.Ordinal))
        {
            sb.AppendLine(s.Row(benignTotal));
        }

        return sb.ToString();
    }
}
