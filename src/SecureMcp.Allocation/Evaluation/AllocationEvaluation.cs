using System.Diagnostics;
using System.Globalization;
using SecureMcp.Trust.Evaluation;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>The scheduler evaluation harness behind <c>securemcp eval allocation</c>.</summary>
/// <remarks>Simulated agents, but every decision goes through the real <see cref="Scheduling.TrustAwareScheduler"/> and
/// the real trust engine, which learns only from observed outcomes.</remarks>
public static class AllocationEvaluation
{
    /// <summary>The CSV file name written to the output directory.</summary>
    public const string CsvFileName = "allocation-eval.csv";

    /// <summary>Runs every scenario, prints a table (scenario, measured, target, pass) and writes a CSV.</summary>
    /// <returns>0 when every target is met, 1 otherwise.</returns>
    public static async Task<int> RunAsync(AllocationEvaluationOptions options, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        var results = await RunScenariosAsync(options.Quick ? EvaluationSizes.Quick : EvaluationSizes.Full, options.Seed, ct);
        await output.WriteLineAsync(ResultTable.Format(results).AsMemory(), ct);
        Directory.CreateDirectory(options.OutputDirectory);
        var csvPath = Path.Combine(options.OutputDirectory, CsvFileName);
        await File.WriteAllTextAsync(csvPath, ResultCsv.Format(results), ct);
        var passed = results.Count(r => r.Passed);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{passed}/{results.Count} targets met ({(options.Quick ? "quick" : "full")} sizes, seed {options.Seed}, {stopwatch.Elapsed.TotalSeconds:0.0}s). Wrote {csvPath}."));
        return passed == results.Count ? 0 : 1;
    }

    internal static async Task<IReadOnlyList<ScenarioResult>> RunScenariosAsync(EvaluationSizes sizes, int seed, CancellationToken ct)
    {
        var results = new List<ScenarioResult>();
        results.AddRange(await SuccessScenario.RunAsync(sizes, seed, ct));
        results.AddRange(await LoadShareScenario.RunAsync(sizes, seed, ct));
        results.Add(await WhitewashScenario.RunAsync(sizes, seed, ct));
        results.AddRange(await CrashScenario.RunAsync(sizes, seed, ct));
        results.AddRange(await SpotCheckScenario.RunAsync(sizes, seed, ct));
        return results;
    }
}
