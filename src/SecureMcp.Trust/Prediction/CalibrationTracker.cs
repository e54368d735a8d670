namespace SecureMcp.Trust.Prediction;

/// <summary>Accumulates (prediction, outcome) pairs into equal-width bins.</summary>
internal sealed class CalibrationTracker(int bins)
{
    private readonly double[] _sumPredicted = new double[bins];
    private readonly double[] _sumObserved = new double[bins];
    private readonly long[] _counts = new long[bins];
    private double _squaredError;
    private long _samples;

    public void Add(double predicted, bool observed)
    {
        var y = observed ? 1.0 : 0.0;
        var b = Math.Min(bins - 1, (int)(predicted * bins));
        _sumPredicted[b] += predicted;
        _sumObserved[b] += y;
        _counts[b]++;
        _squaredError += (predicted - y) * (predicted - y);
        _samples++;
    }

    public CalibrationReport Report()
    {
        var result = new List<CalibrationBin>(bins);
        double ece = 0;
        for (var b = 0; b < bins; b++)
        {
            if (_counts[b] == 0)
            {
                continue;
            }

            var meanP = _sumPredicted[b] / _counts[b];
            var rate = _sumObserved[b] / _counts[b];
            ece += (double)_counts[b] / _samples * Math.Abs(meanP - rate);
            result.Add(new CalibrationBin(meanP, rate, _counts[b]));
        }

        return new CalibrationReport(_samples, ece, _samples > 0 ? _squaredError / _samples : 0, result);
    }
}
