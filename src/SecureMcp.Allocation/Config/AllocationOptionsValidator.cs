using System.Globalization;

namespace SecureMcp.Allocation.Config;

/// <summary>Range checks of every option; each message starts with the snake_case key.</summary>
internal static class AllocationOptionsValidator
{
    public static IReadOnlyList<string> Validate(AllocationOptions o)
    {
        var errors = new List<string>();
        var s = o.Selection;
        NonNegative(errors, "selection.trust_weight", s.TrustWeight);
        NonNegative(errors, "selection.success_weight", s.SuccessWeight);
        NonNegative(errors, "selection.load_weight", s.LoadWeight);
        Check(errors, "selection.temperature", s.Temperature, s.Temperature > 0, "must be > 0");
        Unit(errors, "selection.exploration_share", s.ExplorationShare, closedTop: false);
        Check(errors, "selection.newcomer_observations", s.NewcomerObservations, s.NewcomerObservations >= 0, "must be ≥ 0");
        Unit(errors, "selection.newcomer_trust_cap", s.NewcomerTrustCap, closedTop: true);
        Unit(errors, "selection.newcomer_exploration_weight", s.NewcomerExplorationWeight, closedTop: true);
        Unit(errors, "selection.established_trust", s.EstablishedTrust, closedTop: true);
        Check(errors, "selection.max_scored_candidates", s.MaxScoredCandidates, s.MaxScoredCandidates >= 0, "must be ≥ 0 (0 = all)");
        NonNegative(errors, "selection.score_cache_seconds", s.ScoreCacheSeconds);
        NonNegative(errors, "selection.status_cache_seconds", s.StatusCacheSeconds);

        var b = o.Balancing;
        Check(errors, "balancing.choices", b.Choices, b.Choices is >= 1 and <= 8, "must be in [1, 8]");
        Check(errors, "balancing.default_concurrency", b.DefaultConcurrency, b.DefaultConcurrency >= 1, "must be ≥ 1");
        Check(errors, "balancing.max_dispatch_per_round", b.MaxDispatchPerRound, b.MaxDispatchPerRound >= 1, "must be ≥ 1");

        var f = o.Faults;
        Check(errors, "faults.default_attempt_timeout_seconds", f.DefaultAttemptTimeoutSeconds, f.DefaultAttemptTimeoutSeconds > 0, "must be > 0");
        Check(errors, "faults.default_retry_budget", f.DefaultRetryBudget, f.DefaultRetryBudget >= 0, "must be ≥ 0");
        Breaker(errors, "faults.agent_breaker", f.AgentBreaker);
        Breaker(errors, "faults.upstream_breaker", f.UpstreamBreaker);

        var v = o.Verification;
        Check(errors, "verification.target_error", v.TargetError, v.TargetError is > 0 and < 0.5, "must be in (0, 0.5)");
        Check(errors, "verification.assumed_saboteur_share", v.AssumedSaboteurShare, v.AssumedSaboteurShare is > 0 and < 1, "must be in (0, 1)");
        Unit(errors, "verification.spot_check_rate", v.SpotCheckRate, closedTop: true);
        Check(errors, "verification.max_replicas", v.MaxReplicas, v.MaxReplicas is >= 1 and <= 16, "must be in [1, 16]");
        Unit(errors, "verification.min_verifier_credibility", v.MinVerifierCredibility, closedTop: true);
        Check(errors, "verification.verifier_temperature", v.VerifierTemperature, v.VerifierTemperature > 0, "must be > 0");
        if (v.TrustedVerifiers.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("verification.trusted_verifiers must not contain empty ids");
        }

        var e = o.Explain;
        Check(errors, "explain.top_candidates", e.TopCandidates, e.TopCandidates >= 2, "must be ≥ 2");
        Check(errors, "explain.max_excluded_listed", e.MaxExcludedListed, e.MaxExcludedListed >= 0, "must be ≥ 0");
        Check(errors, "explain.retained_tasks", e.RetainedTasks, e.RetainedTasks >= 1, "must be ≥ 1");
        return errors;
    }

    private static void Breaker(List<string> errors, string key, BreakerOptions b)
    {
        Check(errors, key + ".failure_ratio", b.FailureRatio, b.FailureRatio is > 0 and <= 1, "must be in (0, 1]");
        Check(errors, key + ".minimum_throughput", b.MinimumThroughput, b.MinimumThroughput >= 2, "must be ≥ 2 (Polly)");
        Check(errors, key + ".sampling_seconds", b.SamplingSeconds, b.SamplingSeconds >= 0.5, "must be ≥ 0.5 (Polly)");
        Check(errors, key + ".break_seconds", b.BreakSeconds, b.BreakSeconds >= 0.5, "must be ≥ 0.5 (Polly)");
    }

    private static void NonNegative(List<string> errors, string key, double value) =>
        Check(errors, key, value, value >= 0 && double.IsFinite(value), "must be a finite number ≥ 0");

    private static void Unit(List<string> errors, string key, double value, bool closedTop) =>
        Check(errors, key, value, value >= 0 && (closedTop ? value <= 1 : value < 1), closedTop ? "must be in [0, 1]" : "must be in [0, 1)");

    private static void Check(List<string> errors, string key, double value, bool ok, string rule)
    {
        if (!ok)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{key} {rule}; was {value}"));
        }
    }
}
