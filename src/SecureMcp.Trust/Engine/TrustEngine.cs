using System.Collections.Concurrent;
using SecureMcp.Core.Trust;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Prediction;
using SecureMcp.Trust.Propagation;
using SecureMcp.Trust.Sybil;
using SecureMcp.Trust.Witness;

namespace SecureMcp.Trust.Engine;

/// <summary>The trust engine: fed by interaction outcomes, it serves scores to the scheduler and the policy engine.</summary>
/// <remarks>
/// Recording is cheap and thread-safe (per-record locks). The global analysis (EigenTrust, collusion, sybil detection)
/// runs only when <see cref="RecomputeGlobalTrust"/> is called, on a schedule, never on every call.
/// </remarks>
public sealed class TrustEngine
{
    private const int ActivityCapacity = 512;
    private const int PendingHistoryLimit = 100_000;

    private readonly TimeProvider _time;
    private readonly DirectTrustTable _direct;
    private readonly WitnessReputation _witness;
    private readonly SuccessPredictor _predictor;
    private readonly LocalTrustGraph _graph = new();
    private readonly Lock _graphGate = new();
    private readonly ConcurrentQueue<TrustHistoryPoint> _unsavedHistory = new();
    private readonly ConcurrentDictionary<string, IdentityRegistration> _registrations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ActivityLog> _activity = new(StringComparer.Ordinal);
    private double[]? _lastVector;
    private GlobalTrustSnapshot? _global;

    /// <summary>Creates an engine; the options are validated first.</summary>
    /// <exception cref="TrustConfigurationException">An option is out of range; the message names the key.</exception>
    public TrustEngine(TrustOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.EnsureValid();
        _time = timeProvider ?? TimeProvider.System;
        _direct = new DirectTrustTable(options.Direct);
        _witness = new WitnessReputation(options.Witness, options.Direct);
        _predictor = new SuccessPredictor(options.Prediction, options.Direct);
    }

    /// <summary>The validated options.</summary>
    public TrustOptions Options { get; }

    /// <summary>The latest global analysis, or null before the first <see cref="RecomputeGlobalTrust"/>.</summary>
    public GlobalTrustSnapshot? LastGlobalTrust => Volatile.Read(ref _global);

    /// <summary>Records what was observed about one interaction and returns the subject's new combined score.</summary>
    /// <remarks>
    /// Observations without an <see cref="InteractionOutcome.Observer"/> are first-hand (the gateway's own), and also score
    /// the witnesses that reported on the subject. Observations by a peer add an edge to the EigenTrust graph.
    /// </remarks>
    public double RecordOutcome(InteractionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentException.ThrowIfNullOrEmpty(outcome.Subject);
        ArgumentException.ThrowIfNullOrEmpty(outcome.Capability);
        var now = _time.GetUtcNow();
        var key = new SubjectKey(outcome.Subject, outcome.Capability);
        var record = _direct.GetOrAdd(key);
        double score;
        TrustHistoryPoint point;
        lock (record)
        {
            if (outcome.Succeeded is { } succeeded)
            {
                _predictor.Learn(record, succeeded);
            }

            record.Apply(outcome, Options.Direct, now);
            score = ScoreCalculator.Combined(record, Options.Direct);
            point = new TrustHistoryPoint(key.Subject, key.Capability, now, score);
            (record.History ??= new HistoryBuffer(Options.Direct.HistoryCapacity)).Add(point);
        }

        if (_unsavedHistory.Count < PendingHistoryLimit)
        {
            _unsavedHistory.Enqueue(point);
        }

        var good = outcome.Succeeded ?? outcome.Valid ?? !(outcome.SecurityViolation ?? false);
        if (outcome.Observer is null)
        {
            _witness.ObserveDirect(key, good);
        }
        else
        {
            lock (_graphGate)
            {
                _graph.Record(outcome.Observer, outcome.Subject, good);
            }
        }

        var bucket = (long)(now.ToUnixTimeMilliseconds() / (Options.Sybil.LockstepBucketSeconds * 1000));
        _activity.GetOrAdd(outcome.Subject, static _ => new ActivityLog(ActivityCapacity)).Add(bucket);
        return score;
    }

    /// <summary>The direct trust of a subject for a capability; a newcomer gets the base rate with full uncertainty.</summary>
    public TrustScore GetScore(string subject, string capability) => _direct.Score(new SubjectKey(subject, capability));

    /// <summary>Records a witness's report on a subject (replacing its previous report on the same subject and capability).</summary>
    public void RecordWitnessReport(WitnessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _witness.Report(report);
    }

    /// <summary>Direct task-success evidence fused with credibility-discounted, quantile-filtered witness reports.</summary>
    public ReputationEstimate GetReputation(string subject, string capability)
    {
        var key = new SubjectKey(subject, capability);
        return _witness.Estimate(key, _direct.Evidence(key, TrustDimension.TaskSuccess));
    }

    /// <summary>The credibility of a witness: expected agreement of its reports with our own observations.</summary>
    public double GetWitnessCredibility(string witness) =>
        Opinion.FromEvidence(_witness.Credibility(witness), 0.5, Options.Direct.PriorWeight).Expected;

    /// <summary>Forecast probability that the subject succeeds at its next task of this capability.</summary>
    public double PredictSuccess(string subject, string capability)
    {
        var key = new SubjectKey(subject, capability);
        var record = _direct.GetOrAdd(key);
        lock (record)
        {
            return _predictor.Predict(record);
        }
    }

    /// <summary>Calibration of every success forecast made so far (each scored before its outcome was learnt).</summary>
    public CalibrationReport GetCalibration() => _predictor.Calibration();

    /// <summary>Registers how an identity came to exist, for the sybil heuristics.</summary>
    public void RegisterIdentity(IdentityRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        _registrations[registration.Identity] = registration;
    }

    /// <summary>The recent score history of a subject for a capability, oldest first.</summary>
    public IReadOnlyList<TrustHistoryPoint> GetHistory(string subject, string capability) =>
        _direct.History(new SubjectKey(subject, capability));

    /// <summary>The global (EigenTrust) trust of an identity from the latest analysis; 0 if unknown.</summary>
    public double GetGlobalTrust(string identity) => LastGlobalTrust?.GlobalTrust.GetValueOrDefault(identity) ?? 0;

    /// <summary>Runs the global analysis: collusion rings, capped EigenTrust (warm-started), SybilRank and sybil heuristics.</summary>
    /// <remarks>Call it on a schedule (for example every minute); it costs milliseconds for ten thousand agents.</remarks>
    public GlobalTrustSnapshot RecomputeGlobalTrust()
    {
        var activity = _activity.ToDictionary(kv => kv.Key, kv => kv.Value.Snapshot(), StringComparer.Ordinal);
        lock (_graphGate)
        {
            var (snapshot, vector) = new GlobalAnalyzer(Options).Analyze(
                _graph, [.. _registrations.Values], activity, _lastVector, _time.GetUtcNow());
            _lastVector = vector;
            Volatile.Write(ref _global, snapshot);
            return snapshot;
        }
    }

    /// <summary>Writes evidence, witness credibility and the history recorded since the last save.</summary>
    public Task SaveAsync(ITrustStore store, CancellationToken cancellationToken = default) =>
        TrustPersistence.SaveAsync(this, store, cancellationToken);

    /// <summary>Restores evidence and witness credibility written by <see cref="SaveAsync"/>.</summary>
    public Task LoadAsync(ITrustStore store, CancellationToken cancellationToken = default) =>
        TrustPersistence.LoadAsync(this, store, cancellationToken);

    internal DirectTrustTable Direct => _direct;

    internal WitnessReputation Witnesses => _witness;

    internal List<TrustHistoryPoint> DrainUnsavedHistory()
    {
        var points = new List<TrustHistoryPoint>();
        while (_unsavedHistory.TryDequeue(out var p))
        {
            points.Add(p);
        }

        return points;
    }
}
