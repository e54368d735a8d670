using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Evaluation;

namespace SecureMcp.Allocation.Tests.Evaluation;

/// <summary>Every target of <c>securemcp eval allocation</c>, asserted on the reduced (quick) sizes.</summary>
public sealed class AllocationEvaluationTests
{
    private static readonly EvaluationSizes Sizes = EvaluationSizes.Quick;

    [Fact]
    public async Task SuccessScenario_ThirtyPercentMalicious_TrustAwareMeetsTargetAndBeatsBaselines()
    {
        var results = await SuccessScenario.RunAsync(Sizes, 42, CancellationToken.None);

        results[0].Measured.ShouldBeGreaterThanOrEqualTo(0.95);
        results[0].Measured.ShouldBeGreaterThan(results[1].Measured + 0.02);
        results[0].Measured.ShouldBeGreaterThan(results[2].Measured + 0.02);
    }

    [Fact]
    public async Task LoadShareScenario_NewcomersJoin_SharesWithinTargets()
    {
        var results = await LoadShareScenario.RunAsync(Sizes, 42, CancellationToken.None);

        results[0].Measured.ShouldBeLessThanOrEqualTo(0.10);
        results[1].Measured.ShouldBeLessThanOrEqualTo(0.05);
    }

    [Fact]
    public async Task WhitewashScenario_MaliciousRejoin_GainsNoMoreWork()
    {
        var result = await WhitewashScenario.RunAsync(Sizes, 42, CancellationToken.None);

        result.Passed.ShouldBeTrue(result.Detail);
        result.Measured.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task CrashScenario_TwentyPercentKilled_NoTaskLostOrDoneTwice()
    {
        var results = await CrashScenario.RunAsync(Sizes, 42, CancellationToken.None);

        results[0].Measured.ShouldBe(0, results[0].Detail);
        results[1].Measured.ShouldBe(0);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0)]
    public async Task SpotCheckScenario_ThirtyFivePercentSaboteurs_ErrorAndRedundancyWithinTargets(double sabotageRate)
    {
        var (error, redundancy, detail) = await SpotCheckScenario.MeasureAsync(sabotageRate, Sizes, 42, CancellationToken.None);

        error.ShouldBeLessThanOrEqualTo(1e-3, detail);
        redundancy.ShouldBeLessThanOrEqualTo(2, detail);
        redundancy.ShouldBeGreaterThan(1, "low-credibility results must be re-executed");
    }

    [Fact]
    public async Task SuccessScenario_RandomBaseline_FallsShortOfTarget()
    {
        var (first, _) = await SuccessScenario.MeasureAsync(SelectionMode.Random, Sizes with { Tasks = 1_000 }, 42, CancellationToken.None);

        first.ShouldBeLessThan(0.95, "the scenario must be hard enough that selection matters");
    }

    [Fact]
    public async Task RunAsync_TinySizes_PrintsTableAndWritesCsv()
    {
        var dir = Path.Combine(Path.GetTempPath(), "alloc-eval-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();

        var results = await AllocationEvaluation.RunScenariosAsync(new EvaluationSizes(40, 100, 300, 200, 300, 300), 3, CancellationToken.None);
        var table = SecureMcp.Trust.Evaluation.ResultTable.Format(results);
        var exit = await AllocationEvaluation.RunAsync(new AllocationEvaluationOptions { OutputDirectory = dir, Quick = true, Seed = 42 }, output, CancellationToken.None);

        table.ShouldContain("scenario");
        results.Count.ShouldBe(14);
        exit.ShouldBe(0, output.ToString());
        output.ToString().ShouldContain("14/14 targets met");
        File.ReadAllLines(Path.Combine(dir, AllocationEvaluation.CsvFileName)).Length.ShouldBe(15);
        Directory.Delete(dir, recursive: true);
    }
}
