using System.Globalization;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Trust.Evaluation;

/// <summary>Agents of varied and drifting quality; the online predictor's forecasts are scored before each outcome.</summary>
internal static class PredictionScenario
{
    public const int Agents = 200;
    public const double TargetEce = 0.05;

    public static (double Ece, double Brier, double BaselineBrier) Measure(int outcomes, int seed)
    {
        var random = new Random(seed);
        var engine = new TrustEngine(new TrustOptions(), new ManualClock());
        var quality = Enumerable.Range(0, Agents).Select(_ => random.NextDouble()).ToArray();
        double baseline = 0;
        long successes = 0;
        for (var i = 0; i < outcomes; i++)
        {
            if (i % 1_000 == 999)
            {
                // Drift: a few agents change behaviour.
                for (var k = 0; k < Agents / 20; k++)
                {
                    quality[random.Next(Agents)] = random.NextDouble();
                }
            }

            var a = random.Next(Agents);
            var success = random.NextDouble() < quality[a];
            var running = i == 0 ? 0.5 : (double)successes / i;
            baseline += (running - (success ? 1 : 0)) * (running - (success ? 1 : 0));
            successes += success ? 1 : 0;
            engine.RecordOutcome(new InteractionOutcome
            {
                Subject = "agent-" + a.ToString(CultureInfo.InvariantCulture),
                Capability = "task",
                Succeeded = success,
                Valid = success || random.NextDouble() < 0.2,
                OnTime = random.NextDouble() < (0.5 + (quality[a] / 2)),
            });
        }

        var report = engine.GetCalibration();
        return (report.ExpectedCalibrationError, report.BrierScore, baseline / outcomes);
    }

    public static ScenarioResult Run(ScenarioSizes sizes, int seed)
    {
        var (ece, brier, baseline) = Measure(sizes.PredictionOutcomes, seed);
        return new ScenarioResult(
            "success prediction: expected calibration error",
            ece,
            "≤ 0.05",
            ece <= TargetEce,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Agents} drifting agents, {sizes.PredictionOutcomes} outcomes; Brier {brier:0.000} vs {baseline:0.000} for the overall success rate"));
    }
}
