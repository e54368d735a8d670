using Polly;
using Polly.CircuitBreaker;
using SecureMcp.Allocation.Config;

namespace SecureMcp.Allocation.Faults;

/// <summary>One Polly.Core circuit breaker fed with attempt outcomes after the fact.</summary>
/// <remarks>
/// Attempts run in agents, not inside the pipeline, so each outcome is replayed through the breaker as a trivial execution
/// whose result says whether it failed. The breaker's own state machine (closed, open, half-open trial) does the rest. The
/// open-until time is derived from the state provider rather than the <c>OnOpened</c> callback, which Polly may run later
/// on another thread.
/// </remarks>
internal sealed class BreakerHandle
{
    private readonly ResiliencePipeline<bool> _pipeline;
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _breakDuration;

    public BreakerHandle(string key, BreakerOptions options, TimeProvider time)
    {
        Key = key;
        _time = time;
        _breakDuration = TimeSpan.FromSeconds(options.BreakSeconds);
        _pipeline = new ResiliencePipelineBuilder<bool> { TimeProvider = time, Name = key }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<bool>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.SamplingSeconds),
                BreakDuration = _breakDuration,
                StateProvider = _state,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is not null || !args.Outcome.Result),
            })
            .Build();
    }

    public string Key { get; }

    public DateTimeOffset OpenUntil { get; private set; }

    private long _openUntilTicks;

    public CircuitState State => _state.CircuitState;

    /// <summary>True while the circuit is open and its break has not elapsed (after it, one trial is let through).</summary>
    /// <remarks>Read on every eligibility check, so it compares a field instead of asking Polly (which takes a lock).</remarks>
    public bool IsBlocked(long nowUtcTicks) => nowUtcTicks < _openUntilTicks;

    /// <summary>As <see cref="IsBlocked(long)"/>.</summary>
    public bool IsBlocked(DateTimeOffset now) => IsBlocked(now.UtcTicks);

    /// <summary>Feeds one outcome; returns true if the circuit is open after it.</summary>
    public bool Report(bool succeeded)
    {
        try
        {
            _pipeline.Execute(static ok => ok, succeeded);
        }
        catch (BrokenCircuitException)
        {
            // A result from an attempt started before the circuit opened: the breaker is already open, nothing to add.
            return true;
        }

        var after = State;
        if (after is CircuitState.Open or CircuitState.Isolated)
        {
            // Opened now, or re-opened by a failed half-open trial: blocked for a new break.
            OpenUntil = after == CircuitState.Isolated ? DateTimeOffset.MaxValue : _time.GetUtcNow() + _breakDuration;
            _openUntilTicks = OpenUntil.UtcTicks;
            return true;
        }

        OpenUntil = DateTimeOffset.MinValue;
        _openUntilTicks = 0;
        return false;
    }
}
