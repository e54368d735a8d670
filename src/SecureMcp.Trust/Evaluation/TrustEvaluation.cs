using System.Diagnostics;
using System.Globalization;

namespace SecureMcp.Trust.Evaluation;

/// <summary>The trust-engine evaluation harness behind <c>securemcp eval trust</c>.</summary>
public static class TrustEvaluation
{
    /// <summary>The CSV file name written to the output directory.</summary>
    public const string CsvFileName = "trust-eval.csv";

    /// <summary>The SVG file name written to the output directory.</summary>
    public const string SvgFileName = "trust-over-time.svg";

    /// <summary>Runs every scenario, prints a table, writes a CSV and an SVG plot of trust over time.</summary>
    /// <returns>0 when every target is met, 1 otherwise.</returns>
    public static async Task<int> RunAsync(TrustEvaluationOptions options, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        var series = new List<TimeSeries>();
        var results = RunScenarios(options.Quick ? ScenarioSizes.Quick : ScenarioSizes.Full, options.Seed, series, ct);

        await output.WriteLineAsync(ResultTable.Format(results).AsMemory(), ct);
        Directory.CreateDirectory(options.OutputDirectory);
        var csvPath = Path.Combine(options.OutputDirectory, CsvFileName);
        var svgPath = Path.Combine(options.OutputDirectory, SvgFileName);
        await File.WriteAllTextAsync(csvPath, ResultCsv.Format(results), ct);
        await File.WriteAllTextAsync(svgPath, SvgPlot.Render("Trust over time (combined score per interaction)", series), ct);
        var passed = results.Count(r => r.Passed);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{passed}/{results.Count} targets met ({(options.Quick ? "quick" : "full")} sizes, seed {options.Seed}, {stopwatch.Elapsed.TotalSeconds:0.0}s). Wrote {csvPath} and {svgPath}."));
        return passed == results.Count ? 0 : 1;
    }

    internal static IReadOnlyList<ScenarioResult> RunScenarios(ScenarioSizes sizes, int seed, List<TimeSeries> series, CancellationToken ct)
    {
        var results = new List<ScenarioResult> { FormulaChecksScenario.Run() };
        ct.ThrowIfCancellationRequested();
        results.Add(TurnsBadScenario.Run(seed, series));
        ct.ThrowIfCancellationRequested();
        results.AddRange(EigenTrustScenario.Run(sizes, seed));
        ct.ThrowIfCancellationRequested();
        results.AddRange(LyingWitnessScenario.Run(sizes, seed));
        ct.ThrowIfCancellationRequested();
        results.AddRange(SybilScenario.Run(sizes, seed));
        ct.ThrowIfCancellationRequested();
        results.AddRange(CollusionScenario.Run(sizes, seed));
        ct.ThrowIfCancellationRequested();
        results.Add(PredictionScenario.Run(sizes, seed));
        return results;
    }
}
