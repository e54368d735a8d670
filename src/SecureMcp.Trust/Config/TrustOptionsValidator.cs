using System.Globalization;

namespace SecureMcp.Trust.Config;

/// <summary>Checks every key of <see cref="TrustOptions"/>, collecting messages that name the key as written in YAML.</summary>
internal static class TrustOptionsValidator
{
    public static IReadOnlyList<string> Validate(TrustOptions o)
    {
        var errors = new List<string>();
        var d = o.Direct;
        OpenClosed(errors, "direct.forgetting_factor", d.ForgettingFactor);
        OpenClosed(errors, "direct.security_forgetting_factor", d.SecurityForgettingFactor);
        Positive(errors, "direct.violation_weight", d.ViolationWeight);
        Open(errors, "direct.base_rate", d.BaseRate);
        Positive(errors, "direct.prior_weight", d.PriorWeight);
        AtLeast(errors, "direct.history_capacity", d.HistoryCapacity, 1);
        NonNegative(errors, "direct.weights.task_success", d.Weights.TaskSuccess);
        NonNegative(errors, "direct.weights.result_validity", d.Weights.ResultValidity);
        NonNegative(errors, "direct.weights.timeliness", d.Weights.Timeliness);
        NonNegative(errors, "direct.weights.security_conduct", d.Weights.SecurityConduct);
        if (d.Weights.TaskSuccess + d.Weights.ResultValidity + d.Weights.Timeliness + d.Weights.SecurityConduct <= 0)
        {
            errors.Add("direct.weights must have a positive sum");
        }

        Open(errors, "witness.filter_quantile", o.Witness.FilterQuantile);
        if (o.Witness.FilterQuantile >= 0.5)
        {
            errors.Add(Message("witness.filter_quantile", "must be below 0.5", o.Witness.FilterQuantile));
        }

        AtLeast(errors, "witness.max_filter_iterations", o.Witness.MaxFilterIterations, 1);
        ClosedUnit(errors, "witness.min_credibility", o.Witness.MinCredibility);

        Open(errors, "eigentrust.damping", o.EigenTrust.Damping);
        Open(errors, "eigentrust.epsilon", o.EigenTrust.Epsilon);
        AtLeast(errors, "eigentrust.max_iterations", o.EigenTrust.MaxIterations, 1);
        if (o.EigenTrust.PreTrusted.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("eigentrust.pre_trusted must not contain empty identities");
        }

        AtLeast(errors, "sybil.iterations", o.Sybil.Iterations, 0);
        Positive(errors, "sybil.registration_burst_window_seconds", o.Sybil.RegistrationBurstWindowSeconds);
        AtLeast(errors, "sybil.registration_burst_size", o.Sybil.RegistrationBurstSize, 2);
        AtLeast(errors, "sybil.shared_attribute_threshold", o.Sybil.SharedAttributeThreshold, 2);
        OpenClosed(errors, "sybil.lockstep_similarity", o.Sybil.LockstepSimilarity);
        Positive(errors, "sybil.lockstep_bucket_seconds", o.Sybil.LockstepBucketSeconds);
        OpenClosed(errors, "sybil.suspicion_threshold", o.Sybil.SuspicionThreshold);

        Open(errors, "collusion.high_rating_threshold", o.Collusion.HighRatingThreshold);
        AtLeast(errors, "collusion.min_ring_size", o.Collusion.MinRingSize, 3);
        OpenClosed(errors, "collusion.min_density", o.Collusion.MinDensity);
        OpenClosed(errors, "collusion.min_inside_share", o.Collusion.MinInsideShare);
        ClosedUnit(errors, "collusion.ring_trust_cap", o.Collusion.RingTrustCap);

        Positive(errors, "prediction.learning_rate", o.Prediction.LearningRate);
        NonNegative(errors, "prediction.l2", o.Prediction.L2);
        AtLeast(errors, "prediction.calibration_bins", o.Prediction.CalibrationBins, 2);
        return errors;
    }

    private static string Message(string key, string rule, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{key} {rule}; was {value}");

    private static void Open(List<string> errors, string key, double value)
    {
        if (!(value > 0 && value < 1))
        {
            errors.Add(Message(key, "must be in (0, 1)", value));
        }
    }

    private static void OpenClosed(List<string> errors, string key, double value)
    {
        if (!(value > 0 && value <= 1))
        {
            errors.Add(Message(key, "must be in (0, 1]", value));
        }
    }

    private static void ClosedUnit(List<string> errors, string key, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            errors.Add(Message(key, "must be in [0, 1]", value));
        }
    }

    private static void Positive(List<string> errors, string key, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            errors.Add(Message(key, "must be positive and finite", value));
        }
    }

    private static void NonNegative(List<string> errors, string key, double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            errors.Add(Message(key, "must be zero or positive", value));
        }
    }

    private static void AtLeast(List<string> errors, string key, int value, int minimum)
    {
        if (value < minimum)
        {
            errors.Add(Message(key, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}"), value));
        }
    }
}
