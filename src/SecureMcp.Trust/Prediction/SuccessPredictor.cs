using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;

namespace SecureMcp.Trust.Prediction;

/// <summary>Forecasts P(next task succeeds) from a record's dimension features, learning online and tracking calibration.</summary>
/// <remarks>
/// Features: bias, logit of the success expectation, the validity and timeliness expectations, the security expectation,
/// and the uncertainty 2/(r+s+2) of the success evidence. One model is shared by all subjects, so a newcomer gets a
/// prediction informed by everyone else's history.
/// </remarks>
internal sealed class SuccessPredictor(PredictionOptions options, DirectTrustOptions direct)
{
    public const int FeatureCount = 6;

    private readonly OnlineLogisticModel _model = new(FeatureCount, options.LearningRate, options.L2);
    private readonly CalibrationTracker _calibration = new(options.CalibrationBins);
    private readonly Lock _gate = new();

    public IReadOnlyList<double> Weights
    {
        get
        {
            lock (_gate)
            {
                return [.. _model.Weights];
            }
        }
    }

    public double Predict(DirectTrustRecord? record)
    {
        Span<double> x = stackalloc double[FeatureCount];
        Features(record, x);
        lock (_gate)
        {
            return _model.Predict(x);
        }
    }

    /// <summary>Scores the prediction for <paramref name="record"/> (before the outcome is applied) and learns from it.</summary>
    public void Learn(DirectTrustRecord? record, bool succeeded)
    {
        Span<double> x = stackalloc double[FeatureCount];
        Features(record, x);
        lock (_gate)
        {
            var p = _model.Update(x, succeeded);
            _calibration.Add(p, succeeded);
        }
    }

    public CalibrationReport Calibration()
    {
        lock (_gate)
        {
            return _calibration.Report();
        }
    }

    public void Restore(IReadOnlyList<double> weights)
    {
        lock (_gate)
        {
            _model.Restore(weights);
        }
    }

    private void Features(DirectTrustRecord? record, Span<double> x)
    {
        var success = record?[TrustDimension.TaskSuccess] ?? BetaEvidence.None;
        var e = Math.Clamp(ScoreCalculator.DimensionExpected(success, direct), 1e-6, 1 - 1e-6);
        x[0] = 1;
        x[1] = Math.Log(e / (1 - e));
        x[2] = ScoreCalculator.DimensionExpected(record?[TrustDimension.ResultValidity] ?? BetaEvidence.None, direct) - direct.BaseRate;
        x[3] = ScoreCalculator.DimensionExpected(record?[TrustDimension.Timeliness] ?? BetaEvidence.None, direct) - direct.BaseRate;
        x[4] = ScoreCalculator.DimensionExpected(record?[TrustDimension.SecurityConduct] ?? BetaEvidence.None, direct) - direct.BaseRate;
        x[5] = direct.PriorWeight / (success.Total + direct.PriorWeight);
    }
}
