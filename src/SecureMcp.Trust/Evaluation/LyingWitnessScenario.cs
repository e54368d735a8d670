using System.Globalization;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Witness;

namespace SecureMcp.Trust.Evaluation;

/// <summary>
/// Ten witnesses report on thirty subjects (ten observations each); 40% of them invert their reports. After 20 of our own
/// interactions (random subjects), the credibility-discounted, quantile-filtered estimate is compared with plain averaging.
/// </summary>
internal static class LyingWitnessScenario
{
    public const int Subjects = 30;
    public const int Witnesses = 10;
    public const int Liars = 4;
    public const int WitnessObservations = 10;
    public const int OwnInteractions = 20;
    public const double TargetError = 0.10;
    public const double TargetImprovement = 2.0;

    public static (double Filtered, double Averaged) MeanErrors(int trials, int seed)
    {
        double filtered = 0, averaged = 0;
        for (var t = 0; t < trials; t++)
        {
            var (f, a) = Trial(new Random(seed + t));
            filtered += f;
            averaged += a;
        }

        return (filtered / trials, averaged / trials);
    }

    public static IReadOnlyList<ScenarioResult> Run(ScenarioSizes sizes, int seed)
    {
        var (filtered, averaged) = MeanErrors(sizes.WitnessTrials, seed);
        var ratio = averaged / filtered;
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{Witnesses} witnesses ({Liars} liars), {Subjects} subjects, {OwnInteractions} own interactions, {sizes.WitnessTrials} trials; plain averaging error {averaged:0.000}");
        return
        [
            new ScenarioResult("lying witnesses (40% invert): trust error", filtered, "≤ 0.10", filtered <= TargetError, detail),
            new ScenarioResult("lying witnesses: improvement over plain averaging", ratio, "≥ 2×", ratio >= TargetImprovement, detail),
        ];
    }

    private static (double Filtered, double Averaged) Trial(Random random)
    {
        var direct = new DirectTrustOptions();
        var reputation = new WitnessReputation(new WitnessOptions(), direct);
        var quality = new double[Subjects];
        var plain = new double[Subjects];
        for (var s = 0; s < Subjects; s++)
        {
            quality[s] = random.NextDouble();
            for (var w = 0; w < Witnesses; w++)
            {
                var positive = 0;
                for (var k = 0; k < WitnessObservations; k++)
                {
                    positive += random.NextDouble() < quality[s] ? 1 : 0;
                }

                var negative = WitnessObservations - positive;
                var lie = w < Liars;
                var report = lie ? new BetaEvidence(negative, positive) : new BetaEvidence(positive, negative);
                reputation.Report(new WitnessReport(Name(w), Name(s), "task", report.Positive, report.Negative));
                plain[s] += report.Expected / Witnesses;
            }
        }

        var own = new BetaEvidence[Subjects];
        for (var i = 0; i < OwnInteractions; i++)
        {
            var s = random.Next(Subjects);
            var good = random.NextDouble() < quality[s];
            own[s] = own[s].Observe(1.0, good ? 1 : 0, good ? 0 : 1);
            reputation.ObserveDirect(new SubjectKey(Name(s), "task"), good);
        }

        double filteredError = 0, averagedError = 0;
        for (var s = 0; s < Subjects; s++)
        {
            var estimate = reputation.Estimate(new SubjectKey(Name(s), "task"), own[s]).Expected;
            filteredError += Math.Abs(estimate - quality[s]) / Subjects;
            averagedError += Math.Abs(plain[s] - quality[s]) / Subjects;
        }

        return (filteredError, averagedError);
    }

    private static string Name(int i) => i.ToString(CultureInfo.InvariantCulture);
}
