using System.Globalization;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Trust.Evaluation;

/// <summary>An agent with a long good history turns bad: count failures until its combined trust drops below 0.5 (λ = 0.9).</summary>
internal static class TurnsBadScenario
{
    public const int GoodHistory = 100;
    public const int TargetFailures = 7;

    public static ScenarioResult Run(int seed, List<TimeSeries> series)
    {
        var options = new TrustOptions { Direct = new DirectTrustOptions { ForgettingFactor = 0.9 } };
        var engine = new TrustEngine(options, new ManualClock());
        var random = new Random(seed);
        var turncoat = new List<double>();
        var honest = new List<double>();
        var mediocre = new List<double>();
        int? failuresToDrop = null;
        for (var step = 0; step < GoodHistory + 40; step++)
        {
            var bad = step >= GoodHistory;
            turncoat.Add(engine.RecordOutcome(Outcome("turncoat", !bad)));
            honest.Add(engine.RecordOutcome(Outcome("honest", random.NextDouble() < 0.9)));
            mediocre.Add(engine.RecordOutcome(Outcome("mediocre", random.NextDouble() < 0.5)));
            if (bad && failuresToDrop is null && turncoat[^1] < 0.5)
            {
                failuresToDrop = step - GoodHistory + 1;
            }
        }

        series.Add(new TimeSeries("agent turning bad at step 100", turncoat));
        series.Add(new TimeSeries("honest agent (90% success)", honest));
        series.Add(new TimeSeries("mediocre agent (50% success)", mediocre));
        var measured = failuresToDrop ?? double.PositiveInfinity;
        return new ScenarioResult(
            "agent turns bad after good history (λ = 0.9)",
            measured,
            string.Create(CultureInfo.InvariantCulture, $"≤ {TargetFailures} failures to trust < 0.5"),
            measured <= TargetFailures,
            string.Create(CultureInfo.InvariantCulture, $"trust before turning {turncoat[GoodHistory - 1]:0.000}"));
    }

    private static InteractionOutcome Outcome(string subject, bool good) => new()
    {
        Subject = subject,
        Capability = "task",
        Succeeded = good,
        Valid = good,
        OnTime = good,
    };
}
