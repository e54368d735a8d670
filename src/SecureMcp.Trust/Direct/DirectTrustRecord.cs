using SecureMcp.Trust.Config;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Trust.Direct;

/// <summary>The evidence on one (subject, capability): one Beta per dimension, aged by the forgetting factor.</summary>
/// <remarks>Not thread-safe; <see cref="DirectTrustTable"/> locks the record while updating.</remarks>
internal sealed class DirectTrustRecord
{
    public const int DimensionCount = 4;

    private readonly BetaEvidence[] _evidence = new BetaEvidence[DimensionCount];

    public long Observations { get; private set; }

    public DateTimeOffset LastUpdated { get; private set; }

    /// <summary>Recent scores, created on the first outcome; kept here so recording needs one dictionary lookup.</summary>
    public HistoryBuffer? History { get; set; }

    public BetaEvidence this[TrustDimension dimension] => _evidence[(int)dimension];

    public void Apply(InteractionOutcome outcome, DirectTrustOptions options, DateTimeOffset now)
    {
        var lambda = options.ForgettingFactor;
        Observe(TrustDimension.TaskSuccess, outcome.Succeeded, lambda, 1.0);
        Observe(TrustDimension.ResultValidity, outcome.Valid, lambda, 1.0);
        Observe(TrustDimension.Timeliness, outcome.OnTime, lambda, 1.0);
        if (outcome.SecurityViolation is { } violation)
        {
            // A violation is negative evidence, so "good" is the absence of a violation.
            Observe(TrustDimension.SecurityConduct, !violation, options.SecurityForgettingFactor, options.ViolationWeight);
        }

        Observations++;
        LastUpdated = now;
    }

    public void Restore(TrustDimension dimension, BetaEvidence evidence, long observations, DateTimeOffset updated)
    {
        _evidence[(int)dimension] = evidence;
        Observations = Math.Max(Observations, observations);
        LastUpdated = updated > LastUpdated ? updated : LastUpdated;
    }

    private void Observe(TrustDimension dimension, bool? good, double lambda, double negativeWeight)
    {
        if (good is not { } g)
        {
            return;
        }

        ref var e = ref _evidence[(int)dimension];
        e = g ? e.Observe(lambda, 1.0, 0.0) : e.Observe(lambda, 0.0, negativeWeight);
    }
}
