using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Faults;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Redundancy;
using SecureMcp.Allocation.Selection;
using SecureMcp.Core.Tasks;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>The trust-aware scheduler: gives each task to an eligible agent chosen by trust, predicted success and load,
/// reassigns failed attempts, verifies low-credibility results by redundancy, and explains every decision.</summary>
/// <remarks>
/// All methods are thread-safe and serialised by one gate. Each state change is written to the <see cref="ITaskStore"/>
/// before the method returns, so assignments handed out can always be recovered (<see cref="RecoverAsync"/>). Agents
/// report back with the <see cref="Assignment.AttemptId"/>; a report for an attempt that is no longer current (timed out,
/// agent declared lost, task finished) is ignored, so no task is ever completed twice.
/// </remarks>
public sealed class TrustAwareScheduler : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ITaskStore _store;
    private readonly SchedulerCore _core;
    private readonly SchedulerParts _parts;

    /// <summary>Creates a scheduler; the options are validated first.</summary>
    /// <param name="options">Validated scheduler options.</param>
    /// <param name="trust">The trust engine read for scores and fed with outcomes.</param>
    /// <param name="store">Durable task state.</param>
    /// <param name="status">Quarantine and sybil status of agents; null treats every agent as healthy.</param>
    /// <param name="timeProvider">Clock for timeouts, deadlines, caches and breakers.</param>
    /// <param name="hooks">Audit and runtime callbacks.</param>
    /// <exception cref="AllocationConfigurationException">An option is out of range; the message names the key.</exception>
    public TrustAwareScheduler(
        AllocationOptions options,
        TrustEngine trust,
        ITaskStore store,
        IAgentStatusSource? status = null,
        TimeProvider? timeProvider = null,
        SchedulerHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(trust);
        ArgumentNullException.ThrowIfNull(store);
        Options = options.EnsureValid();
        var time = timeProvider ?? TimeProvider.System;
        _store = store;
        var random = new Random(options.Seed);
        var capabilities = new CapabilitySet();
        var breakers = new CircuitBreakerRegistry(options.Faults, time);
        var agents = new AgentRegistry(capabilities, breakers, options.Balancing);
        var ledger = new CredibilityLedger(options.Verification);
        var filter = new EligibilityFilter(status, ledger, options.Selection.StatusCacheSeconds);
        var lookup = new TrustLookup(trust, capabilities, options.Selection);
        var engine = new AllocationEngine(options, agents, filter, lookup, ledger, breakers, random);
        _parts = new SchedulerParts(agents, capabilities, engine, new ExplanationLog(options.Explain.RetainedTasks), new OutcomeRecorder(trust), ledger, breakers, random);
        _core = new SchedulerCore(options, time, _parts, hooks ?? new SchedulerHooks());
    }

    /// <summary>The validated options.</summary>
    public AllocationOptions Options { get; }

    /// <summary>Tasks waiting for an agent.</summary>
    public int PendingCount => _core.PendingCount;

    /// <summary>Tasks waiting for a dependency to succeed.</summary>
    public int WaitingCount => _core.WaitingCount;

    /// <summary>Attempts in flight.</summary>
    public int InFlightCount => _core.InFlightCount;

    /// <summary>Registers an agent, or updates it (and marks it present again) when it reconnects.</summary>
    public void RegisterAgent(AgentDescriptor agent) => Locked(() => _parts.Agents.Register(agent));

    /// <summary>Submits a task: it is persisted as pending, then dispatched at once if an agent is free.</summary>
    /// <returns>The attempt started now, if any.</returns>
    /// <remarks>A task with <see cref="TaskSpec.DependsOn"/> waits until every dependency succeeded, and is reported failed if one fails.</remarks>
    public ValueTask<IReadOnlyList<Assignment>> SubmitAsync(TaskSpec task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        return RunAsync<Dictionary<string, TaskState>, IReadOnlyList<Assignment>>(
            ct => FinishedDependenciesAsync([task], ct),
            (core, finished) =>
            {
                core.Submit(task, finished);
                return core.TakeAssignments();
            },
            cancellationToken);
    }

    /// <summary>Records that the agent started an attempt; false if the attempt is not current.</summary>
    public ValueTask<bool> MarkRunningAsync(long attemptId, CancellationToken cancellationToken = default) =>
        RunAsync(core => core.MarkRunning(attemptId), cancellationToken);

    /// <summary>Reports the result of an attempt: verified, accepted, reassigned or reported failed.</summary>
    public ValueTask<CompletionReport> CompleteAsync(long attemptId, TaskResult result, CancellationToken cancellationToken = default) =>
        RunAsync(core => core.Complete(attemptId, result), cancellationToken);

    /// <summary>Declares an agent lost (crash, disconnect): its attempts fail and are reassigned; it gets no more work.</summary>
    public ValueTask<IReadOnlyList<Assignment>> AgentLostAsync(string agentId, string reason = "agent lost", CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<Assignment>>(core =>
        {
            core.AgentLost(agentId, reason);
            return core.TakeAssignments();
        }, cancellationToken);

    /// <summary>Times out overdue attempts, reports overdue tasks failed and dispatches queued tasks. Call it every second or so.</summary>
    public ValueTask<IReadOnlyList<Assignment>> SweepAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<Assignment>>(core =>
        {
            core.Sweep();
            return core.TakeAssignments();
        }, cancellationToken);

    /// <summary>After a restart: reloads every unfinished task from the store, queues it again and dispatches.</summary>
    /// <returns>The tasks recovered and the attempts started for them now.</returns>
    public async ValueTask<Recovery> RecoverAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<TaskRecord> records = [];
        var assignments = await RunAsync<Dictionary<string, TaskState>, IReadOnlyList<Assignment>>(
            async ct =>
            {
                records = await _store.LoadUnfinishedAsync(ct);
                var unfinished = records.Select(r => r.Spec.Id).ToHashSet(StringComparer.Ordinal);
                return await FinishedDependenciesAsync([.. records.Select(r => r.Spec)], ct, unfinished);
            },
            (core, finished) =>
            {
                foreach (var record in records)
                {
                    core.Recover(record, finished);
                }

                core.DispatchPending();
                return core.TakeAssignments();
            },
            cancellationToken);
        return new Recovery([.. records.Select(r => r.Spec)], assignments);
    }

    /// <summary>The decisions made for a task in this process, oldest first (see <see cref="ExplainAsync"/> after a restart).</summary>
    public IReadOnlyList<AllocationExplanation> Explain(string taskId) => _parts.Explanations.Get(taskId);

    /// <summary>The decisions for a task: from memory, or else from the explanations persisted in the task log.</summary>
    public async ValueTask<IReadOnlyList<AllocationExplanation>> ExplainAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var inMemory = Explain(taskId);
        if (inMemory.Count > 0)
        {
            return inMemory;
        }

        return ExplanationJson.FromTransitions(await _store.GetTransitionsAsync(taskId, cancellationToken));
    }

    /// <summary>The current record of a task, from the store.</summary>
    public ValueTask<TaskRecord?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default) => _store.GetAsync(taskId, cancellationToken);

    /// <summary>Tasks assigned to an agent so far (all attempts, replicas included).</summary>
    public long AssignedTo(string agentId) => Locked(() => _parts.Agents.Find(agentId)?.Assigned ?? 0);

    /// <summary>Verified results an agent has passed, and whether verification caught it returning a wrong result.</summary>
    public (int Passes, bool Caught, double Credibility) VerificationRecord(string agentId) =>
        Locked(() => (_parts.Ledger.Passes(agentId), _parts.Ledger.IsCaught(agentId), _parts.Ledger.Credibility(agentId)));

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    internal SchedulerCore Core => _core;

    private T Locked<T>(Func<T> read)
    {
        _gate.Wait();
        try
        {
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    private ValueTask<T> RunAsync<T>(Func<SchedulerCore, T> action, CancellationToken cancellationToken) =>
        RunAsync<bool, T>(_ => ValueTask.FromResult(true), (core, _) => action(core), cancellationToken);

    /// <summary>Under the gate: reads what the action needs from the store, runs it on the core, then writes the journal.</summary>
    /// <remarks>Reading under the gate keeps the store and the core's memory consistent with each other.</remarks>
    private async ValueTask<T> RunAsync<TInput, T>(Func<CancellationToken, ValueTask<TInput>> read, Func<SchedulerCore, TInput, T> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var input = await read(cancellationToken);
            T result;
            try
            {
                result = action(_core, input);
            }
            finally
            {
                await FlushAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Final states, from the store, of the dependencies the scheduler no longer (or never) held in memory.</summary>
    private async ValueTask<Dictionary<string, TaskState>> FinishedDependenciesAsync(IReadOnlyList<TaskSpec> specs, CancellationToken cancellationToken, IReadOnlySet<string>? skip = null)
    {
        var finished = new Dictionary<string, TaskState>(StringComparer.Ordinal);
        foreach (var dependency in specs.SelectMany(s => s.DependsOn).Distinct(StringComparer.Ordinal))
        {
            if (_core.Find(dependency) is null && skip?.Contains(dependency) != true
                && await _store.GetAsync(dependency, cancellationToken) is { } record && record.State.IsTerminal())
            {
                finished[dependency] = record.State;
            }
        }

        return finished;
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        // Written in order; on a store failure the rest stays in the journal and is retried on the next call.
        var journal = _core.Journal;
        var written = 0;
        try
        {
            for (; written < journal.Count; written++)
            {
                await _store.SaveAsync(journal[written].Transition, journal[written].Record, cancellationToken);
            }
        }
        finally
        {
            journal.RemoveRange(0, written);
        }
    }
}
