namespace SecureMcp.Trust.Prediction;

/// <summary>Logistic regression trained one example at a time by stochastic gradient descent with L2 regularisation.</summary>
internal sealed class OnlineLogisticModel(int featureCount, double learningRate, double l2)
{
    private readonly double[] _weights = new double[featureCount];

    public IReadOnlyList<double> Weights => _weights;

    public double Predict(ReadOnlySpan<double> features)
    {
        double z = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            z += _weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>One SGD step on the log loss; returns the prediction made before the step.</summary>
    public double Update(ReadOnlySpan<double> features, bool label)
    {
        var p = Predict(features);
        var error = (label ? 1.0 : 0.0) - p;
        for (var i = 0; i < _weights.Length; i++)
        {
            _weights[i] += learningRate * ((error * features[i]) - (l2 * _weights[i]));
        }

        return p;
    }

    public void Restore(IReadOnlyList<double> weights)
    {
        for (var i = 0; i < Math.Min(weights.Count, _weights.Length); i++)
        {
            _weights[i] = weights[i];
        }
    }
}
