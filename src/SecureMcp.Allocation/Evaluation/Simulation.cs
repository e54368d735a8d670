using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Core.Tasks;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>Discrete-event simulation driving the real scheduler and trust engine with simulated agents on virtual time.</summary>
/// <remarks>
/// Agents report results through <see cref="TrustAwareScheduler.CompleteAsync"/> exactly as the agent runtime does; the
/// trust engine learns only from what the scheduler observes (failures, timeouts, verification), never from the
/// agents' behaviour flags.
/// </remarks>
internal sealed class Simulation : IDisposable
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private readonly PriorityQueue<(Assignment Assignment, SimAgent Agent), (long Ticks, long Seq)> _events = new();
    private readonly Random _random;
    private readonly double _meanDurationSeconds;
    private DateTimeOffset _nextSweep;
    private long _seq;

    /// <summary>The options every scenario starts from: replica verification off, explanations kept in memory only (the last 1,000).</summary>
    public static AllocationOptions ScenarioOptions { get; } = new()
    {
        Verification = new VerificationOptions { Enabled = false },
        Explain = new ExplainOptions { Persist = false, RetainedTasks = 1_000 },
    };

    public Simulation(AllocationOptions options, int seed, double meanDurationSeconds = 1.0, Action<TaskTransition>? onTransition = null)
    {
        _random = new Random(seed);
        _meanDurationSeconds = meanDurationSeconds;
        Trust = new TrustEngine(new TrustOptions(), Clock);
        Scheduler = new TrustAwareScheduler(
            options with { Seed = seed },
            Trust,
            new InMemoryTaskStore(keepTransitions: false),
            null,
            Clock,
            new SchedulerHooks { OnTransition = t => { OnTransition(t); onTransition?.Invoke(t); } });
        _nextSweep = Clock.GetUtcNow() + SweepInterval;
    }

    public SimClock Clock { get; } = new();

    public TrustEngine Trust { get; }

    public TrustAwareScheduler Scheduler { get; }

    public Dictionary<string, SimAgent> Agents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimTask> Tasks { get; } = new(StringComparer.Ordinal);

    /// <summary>Completions the scheduler accepted from agents that were already declared lost (must stay 0).</summary>
    public int ZombieCompletionsAccepted { get; private set; }

    public Random Random => _random;

    public void AddAgent(SimAgent agent, int concurrency)
    {
        Agents[agent.Id] = agent;
        Scheduler.RegisterAgent(agent.Descriptor(concurrency));
    }

    public async Task SubmitAsync(TaskSpec spec, bool measured, CancellationToken ct)
    {
        Tasks[spec.Id] = new SimTask(measured);
        Schedule(await Scheduler.SubmitAsync(spec, ct));
    }

    /// <summary>Processes every event up to <paramref name="until"/>, sweeping once per simulated second.</summary>
    public async Task AdvanceAsync(DateTimeOffset until, CancellationToken ct)
    {
        while (true)
        {
            var hasEvent = _events.TryPeek(out _, out var key);
            var eventAt = hasEvent ? new DateTimeOffset(key.Ticks, TimeSpan.Zero) : DateTimeOffset.MaxValue;
            if (_nextSweep <= until && _nextSweep <= eventAt)
            {
                Clock.AdvanceTo(_nextSweep);
                _nextSweep += SweepInterval;
                Schedule(await Scheduler.SweepAsync(ct));
                continue;
            }

            if (!hasEvent || eventAt > until)
            {
                Clock.AdvanceTo(until);
                return;
            }

            var (assignment, agent) = _events.Dequeue();
            Clock.AdvanceTo(eventAt);
            await CompleteAsync(assignment, agent, ct);
        }
    }

    /// <summary>Runs until no attempt is in flight and nothing is queued (or an hour of virtual time passes).</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        var limit = Clock.GetUtcNow().AddHours(1);
        while ((_events.Count > 0 || Scheduler.PendingCount > 0 || Scheduler.InFlightCount > 0) && Clock.GetUtcNow() < limit)
        {
            await AdvanceAsync(Clock.GetUtcNow() + TimeSpan.FromSeconds(5), ct);
        }
    }

    public async Task KillAsync(SimAgent agent, bool detected, bool zombie, CancellationToken ct)
    {
        agent.Dead = true;
        agent.Zombie = zombie;
        if (detected)
        {
            Schedule(await Scheduler.AgentLostAsync(agent.Id, "heartbeat lost", ct));
        }
    }

    public void Dispose() => Scheduler.Dispose();

    private async Task CompleteAsync(Assignment assignment, SimAgent agent, CancellationToken ct)
    {
        if (agent.Dead && !agent.Zombie)
        {
            return; // never answers: the attempt times out in a sweep
        }

        var task = Tasks[assignment.TaskId];
        var result = agent.Execute(assignment.TaskId, _random);
        if (assignment.Replica == 0 && task.FirstAttemptSucceeded is null)
        {
            task.FirstAttemptSucceeded = result.Succeeded && result.OutputDigest!.StartsWith("ok:", StringComparison.Ordinal);
            task.FirstAgent = agent.Id;
        }

        var report = await Scheduler.CompleteAsync(assignment.AttemptId, result, ct);
        if (agent.Dead && report.Disposition != CompletionDisposition.Ignored)
        {
            ZombieCompletionsAccepted++;
        }

        task.Executions++;
        Schedule(report.NewAssignments);
    }

    private void Schedule(IReadOnlyList<Assignment> assignments)
    {
        foreach (var a in assignments)
        {
            var duration = -Math.Log(1 - _random.NextDouble()) * _meanDurationSeconds;
            var at = Clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(duration, _meanDurationSeconds * 8));
            _events.Enqueue((a, Agents[a.AgentId]), (at.UtcTicks, _seq++));
        }
    }

    private void OnTransition(TaskTransition t)
    {
        if (!Tasks.TryGetValue(t.TaskId, out var task))
        {
            return;
        }

        task.State = t.To;
        if (t.To == TaskState.Succeeded)
        {
            task.SucceededTransitions++;
            task.Digest = Scheduler.Core.Find(t.TaskId)?.ResultDigest;
        }
    }
}
