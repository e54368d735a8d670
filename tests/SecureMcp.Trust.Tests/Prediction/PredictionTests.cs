using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;
using SecureMcp.Trust.Prediction;

namespace SecureMcp.Trust.Tests.Prediction;

public sealed class PredictionTests
{
    [Fact]
    public void Update_SeparableSignal_LearnsDirection()
    {
        var model = new OnlineLogisticModel(2, 0.1, 0);
        for (var i = 0; i < 2_000; i++)
        {
            var positive = i % 2 == 0;
            model.Update([1, positive ? 1 : -1], positive);
        }

        model.Predict([1, 1]).ShouldBeGreaterThan(0.95);
        model.Predict([1, -1]).ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Report_CalibratedPredictions_SmallEce()
    {
        var tracker = new CalibrationTracker(10);
        var random = new Random(3);
        for (var i = 0; i < 20_000; i++)
        {
            var p = random.NextDouble();
            tracker.Add(p, random.NextDouble() < p);
        }

        var report = tracker.Report();
        report.Samples.ShouldBe(20_000);
        report.ExpectedCalibrationError.ShouldBeLessThan(0.02);
        report.BrierScore.ShouldBe(1.0 / 6, 0.01);
    }

    [Fact]
    public void Report_OverconfidentPredictions_LargeEce()
    {
        var tracker = new CalibrationTracker(10);
        for (var i = 0; i < 1_000; i++)
        {
            tracker.Add(0.95, i % 2 == 0);
        }

        tracker.Report().ExpectedCalibrationError.ShouldBe(0.45, 1e-9);
    }

    [Fact]
    public void PredictSuccess_ReliableVersusUnreliableAgent_Ordered()
    {
        var engine = new TrustEngine(new TrustOptions());
        var random = new Random(5);
        for (var i = 0; i < 3_000; i++)
        {
            engine.RecordOutcome(new InteractionOutcome { Subject = "good", Capability = "c", Succeeded = random.NextDouble() < 0.9 });
            engine.RecordOutcome(new InteractionOutcome { Subject = "bad", Capability = "c", Succeeded = random.NextDouble() < 0.2 });
        }

        engine.PredictSuccess("good", "c").ShouldBeGreaterThan(0.75);
        engine.PredictSuccess("bad", "c").ShouldBeLessThan(0.35);
        engine.GetCalibration().Samples.ShouldBe(6_000);
    }
}
