using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Selection;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>The task lifecycle: submit, dispatch, complete, fail and reassign, report failed. Synchronous and single-threaded.</summary>
/// <remarks>
/// Every state change is appended to <see cref="Journal"/>; the facade writes the journal to the store before returning, so
/// no caller ever sees an assignment or result that a restart could lose.
/// </remarks>
internal sealed partial class SchedulerCore
{
    private readonly AllocationOptions _options;
    private readonly TimeProvider _time;
    private readonly SchedulerParts _parts;
    private readonly SchedulerHooks _hooks;
    private readonly Dictionary<string, TaskEntry> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<long, TaskEntry> _attempts = [];
    private readonly LinkedList<TaskEntry> _pending = new();
    private readonly List<Assignment> _assignments = [];
    private long _nextAttemptId;

    public SchedulerCore(AllocationOptions options, TimeProvider time, SchedulerParts parts, SchedulerHooks hooks)
    {
        _options = options;
        _time = time;
        _parts = parts;
        _hooks = hooks;
        // A random epoch per instance: attempt ids of a previous coordinator (before a restart) never collide with ours.
        _nextAttemptId = (long)System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue) << 31;
    }

    public List<JournalEntry> Journal { get; } = [];

    public int PendingCount => _pending.Count;

    public int InFlightCount => _attempts.Count;

    public TaskEntry? Find(string taskId) => _tasks.GetValueOrDefault(taskId);

    public List<Assignment> TakeAssignments()
    {
        var taken = new List<Assignment>(_assignments);
        _assignments.Clear();
        return taken;
    }

    public void Submit(TaskSpec spec, IReadOnlyDictionary<string, TaskState> finishedDependencies)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(spec.Id);
        if (_tasks.ContainsKey(spec.Id))
        {
            throw new InvalidOperationException($"Task '{spec.Id}' is already in progress.");
        }

        var entry = NewEntry(spec);
        Transition(entry, TaskState.Pending, null, 0, "submitted", fromNothing: true);
        if (TrackDependencies(entry, finishedDependencies) && entry.Unmet.Count == 0)
        {
            TryDispatch(entry);
        }
    }

    public void Recover(TaskRecord record, IReadOnlyDictionary<string, TaskState> finishedDependencies)
    {
        if (_tasks.ContainsKey(record.Spec.Id) || record.State.IsTerminal())
        {
            return;
        }

        // Attempts of the previous coordinator are void: their completions carry attempt ids this instance never issued.
        var entry = NewEntry(record.Spec);
        entry.Attempts = record.Attempts;
        entry.Failures = record.Failures;
        entry.State = record.State;
        Transition(entry, TaskState.Pending, null, 0, "recovered after coordinator restart");
        if (TrackDependencies(entry, finishedDependencies) && entry.Unmet.Count == 0)
        {
            Enqueue(entry);
        }
    }

    public bool MarkRunning(long attemptId)
    {
        if (!_attempts.TryGetValue(attemptId, out var entry) || entry.Active is not { } active || active.Running)
        {
            return false;
        }

        active.Running = true;
        Transition(entry, TaskState.Running, active.Agent.Id, active.Number, "agent started");
        return true;
    }

    public CompletionReport Complete(long attemptId, TaskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!_attempts.Remove(attemptId, out var entry) || entry.Active is not { } active || active.AttemptId != attemptId)
        {
            return new CompletionReport(CompletionDisposition.Ignored, TakeAssignments(), "attempt is not current");
        }

        Release(entry);
        var disposition = result.Succeeded
            ? OnSuccess(entry, active, result.OutputDigest ?? string.Empty)
            : OnFailure(entry, active, result.Failure == FailureKind.None ? FailureKind.Error : result.Failure, result.Error, result.FailedUpstream);
        DispatchPending();
        return new CompletionReport(disposition, TakeAssignments(), entry.Reason);
    }

    public void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var entry in _attempts.Values.Where(e => e.Active!.Deadline <= now).ToList())
        {
            var active = entry.Active!;
            _attempts.Remove(active.AttemptId);
            Release(entry);
            OnFailure(entry, active, FailureKind.Timeout, $"no result within {entry.AttemptTimeout.TotalSeconds:0.###}s", null);
        }

        foreach (var entry in _pending.Where(e => e.Spec.Deadline <= now).ToList())
        {
            Report(entry, "deadline passed while waiting for an agent");
        }

        ExpireWaiting(now);
        DispatchPending();
    }

    public void AgentLost(string agentId, string reason)
    {
        if (_parts.Agents.Find(agentId) is not { } agent)
        {
            return;
        }

        agent.Departed = true;
        foreach (var entry in _attempts.Values.Where(e => e.Active!.Agent == agent).ToList())
        {
            var active = entry.Active!;
            _attempts.Remove(active.AttemptId);
            Release(entry);
            OnFailure(entry, active, FailureKind.Crash, reason, null);
        }

        DispatchPending();
    }

    public void DispatchPending()
    {
        var budget = _options.Balancing.MaxDispatchPerRound;
        for (var node = _pending.First; node is not null && budget-- > 0;)
        {
            var next = node.Next;
            TryDispatch(node.Value);
            node = next;
        }
    }

    private TaskEntry NewEntry(TaskSpec spec)
    {
        var required = _parts.Capabilities.InternAll(spec.RequiredCapabilities);
        var trustIds = spec.RequiredCapabilities.Count == 0 ? [_parts.Capabilities.Intern("task")] : required;
        var entry = new TaskEntry(
            spec,
            trustIds,
            CapabilitySet.ToBits(required),
            spec.RetryBudget ?? _options.Faults.DefaultRetryBudget,
            spec.AttemptTimeout ?? TimeSpan.FromSeconds(_options.Faults.DefaultAttemptTimeoutSeconds));
        _tasks[spec.Id] = entry;
        return entry;
    }

    private void TryDispatch(TaskEntry entry)
    {
        var now = _time.GetUtcNow();
        if (entry.Spec.Deadline <= now)
        {
            Report(entry, "deadline passed");
            return;
        }

        var attempt = entry.Attempts + 1;
        var decision = _parts.Engine.Decide(entry, entry.NextReplica, attempt, now);
        var repeat = decision.Outcome == DecisionOutcome.Queued && entry.LastQueuedReason == decision.Explanation.Outcome;
        entry.LastQueuedReason = decision.Outcome == DecisionOutcome.Queued ? decision.Explanation.Outcome : null;
        if (!repeat)
        {
            // A task re-tried every dispatch round for the same reason is explained (and audited) once.
            _parts.Explanations.Add(decision.Explanation);
            _hooks.OnDecision?.Invoke(decision.Explanation);
        }

        switch (decision.Outcome)
        {
            case DecisionOutcome.Assigned:
                Start(entry, decision, attempt, now);
                break;
            case DecisionOutcome.Queued:
                if (entry.State != TaskState.Pending)
                {
                    Transition(entry, TaskState.Pending, null, 0, decision.Explanation.Outcome);
                }

                Enqueue(entry);
                break;
            default:
                Report(entry, decision.Explanation.Outcome);
                break;
        }
    }

    private void Start(TaskEntry entry, Decision decision, int attempt, DateTimeOffset now)
    {
        var agent = decision.Chosen!;
        var id = ++_nextAttemptId;
        var active = new ActiveAttempt(id, agent, entry.NextReplica, attempt, now, now + entry.AttemptTimeout);
        entry.Active = active;
        entry.Attempts = attempt;
        agent.InFlight++;
        agent.Assigned++;
        _attempts[id] = entry;
        Dequeue(entry);
        var detail = _options.Explain.Persist ? ExplanationJson.Serialize(decision.Explanation) : null;
        var why = active.Replica == 0 ? decision.Explanation.Policy : $"{decision.Explanation.Policy}, replica {active.Replica + 1}";
        Transition(entry, TaskState.Assigned, agent.Id, attempt, why, detail: detail);
        var assignment = new Assignment(entry.Id, agent.Id, id, active.Replica, active.Deadline);
        _assignments.Add(assignment);
        _hooks.OnAssignment?.Invoke(assignment);
    }

    private void Release(TaskEntry entry)
    {
        if (entry.Active is { } active)
        {
            active.Agent.InFlight--;
            entry.Active = null;
        }
    }

    private void Enqueue(TaskEntry entry) => entry.PendingNode ??= _pending.AddLast(entry);

    private void Dequeue(TaskEntry entry)
    {
        if (entry.PendingNode is { } node)
        {
            _pending.Remove(node);
            entry.PendingNode = null;
        }
    }

    private void Report(TaskEntry entry, string reason)
    {
        Dequeue(entry);
        ForgetWaiting(entry);
        if (entry.Active is { } active)
        {
            _attempts.Remove(active.AttemptId);
            Release(entry);
        }

        Transition(entry, TaskState.ReportedFailed, null, entry.Attempts, reason);
    }

    private void Transition(TaskEntry entry, TaskState to, string? agent, int attempt, string? reason, string? detail = null, bool fromNothing = false)
    {
        var now = _time.GetUtcNow();
        var transition = new TaskTransition(entry.Id, fromNothing ? null : entry.State, to, agent, attempt, reason, now, detail);
        entry.State = to;
        entry.Reason = reason;
        entry.UpdatedAt = now;
        Journal.Add(new JournalEntry(transition, entry.ToRecord()));
        _hooks.OnTransition?.Invoke(transition);
        if (to.IsTerminal())
        {
            // Finished tasks live on in the store (and their explanations in the log), not in the coordinator's memory.
            _tasks.Remove(entry.Id);
            ReleaseDependents(entry.Id, to == TaskState.Succeeded);
        }
    }
}
