using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using SecureMcp.Agents.Execution;
using SecureMcp.Agents.Hosting;
using SecureMcp.Agents.Tasks;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Agents.Coordination;

/// <summary>Runs a workload: the trust-aware scheduler picks agents, the coordinator hands each assignment to the agent's process over MCP and reports the outcome back.</summary>
/// <remarks>
/// The scheduler owns retries, reassignment and verification replicas; the coordinator only executes what it is
/// told and translates outcomes: a plan that ran and passed its checks is a success (with the result digest used to
/// compare replicas), a failed check is a validation failure, a failed step is an error, an agent process that
/// stops answering is lost (its work is reassigned).
/// </remarks>
public sealed class Coordinator(TrustAwareScheduler scheduler, IReadOnlyDictionary<string, McpClient> agents, Action<AttemptEvent>? onAttempt = null)
{
    private readonly ConcurrentDictionary<string, AgentTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskTracking> _tracking = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _lost = new(StringComparer.Ordinal);

    /// <summary>Submits every task and runs assignments with up to <paramref name="parallelism"/> in flight, until all are final.</summary>
    public async Task<IReadOnlyList<TaskRunReport>> RunAsync(IReadOnlyList<AgentTask> tasks, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var first = new List<Assignment>();
        foreach (var task in tasks)
        {
            Track(task);
            // No assignment yet means the task waits in the scheduler's queue (agents busy, dependencies unmet); the
            // sweep assigns it later or the scheduler reports it failed, which the sweep notices.
            first.AddRange(await scheduler.SubmitAsync(ToSpec(task), cancellationToken));
        }

        return await DriveAsync(tasks, first, parallelism, cancellationToken);
    }

    /// <summary>After a coordinator restart: takes back every unfinished task from the scheduler's store and runs it to the end.</summary>
    /// <remarks>The task plans travel in <see cref="TaskSpec.Payload"/>, so the store alone is enough to resume.</remarks>
    public async Task<IReadOnlyList<TaskRunReport>> ResumeAsync(int parallelism, CancellationToken cancellationToken)
    {
        var recovery = await scheduler.RecoverAsync(cancellationToken);
        var tasks = recovery.Tasks.Select(FromSpec).ToList();
        foreach (var task in tasks)
        {
            Track(task);
        }

        return await DriveAsync(tasks, recovery.Assignments, parallelism, cancellationToken);
    }

    private void Track(AgentTask task)
    {
        _tasks[task.Id] = task;
        _tracking[task.Id] = new TaskTracking(Stopwatch.GetTimestamp());
    }

    private async Task<IReadOnlyList<TaskRunReport>> DriveAsync(IReadOnlyList<AgentTask> tasks, IReadOnlyList<Assignment> first, int parallelism, CancellationToken cancellationToken)
    {
        using var queue = new BlockingCollection<Assignment>();
        foreach (var assignment in first)
        {
            queue.Add(assignment, cancellationToken);
        }

        if (_tracking.Values.All(t => t.Done))
        {
            queue.CompleteAdding();
        }

        // The scheduler also assigns work on its own clock (queued tasks, timeouts, deadlines): sweep it and feed
        // what it assigns to the workers, and notice tasks it finished without an attempt of ours.
        using var stopSweeping = new CancellationTokenSource();
        var sweeper = Task.Run(async () =>
        {
            while (!stopSweeping.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), stopSweeping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var more = await scheduler.SweepAsync(cancellationToken);
                foreach (var (id, tracking) in _tracking.Where(t => !t.Value.Done))
                {
                    if (await scheduler.GetTaskAsync(id, cancellationToken) is { } record && record.State.IsTerminal())
                    {
                        tracking.Finish(record.State == TaskState.Succeeded, record.State == TaskState.Succeeded ? null : "reported failed by the scheduler");
                    }
                }

                lock (queue)
                {
                    if (queue.IsAddingCompleted)
                    {
                        return;
                    }

                    foreach (var assignment in more)
                    {
                        queue.Add(assignment, cancellationToken);
                    }

                    if (_tracking.Values.All(t => t.Done))
                    {
                        queue.CompleteAdding();
                    }
                }
            }
        }, cancellationToken);

        var workers = Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(async () =>
        {
            foreach (var assignment in queue.GetConsumingEnumerable(cancellationToken))
            {
                var next = await ExecuteAsync(assignment, cancellationToken);
                lock (queue)
                {
                    if (queue.IsAddingCompleted)
                    {
                        continue;
                    }

                    foreach (var followUp in next)
                    {
                        queue.Add(followUp, cancellationToken);
                    }

                    if (_tracking.Values.All(t => t.Done))
                    {
                        queue.CompleteAdding();
                    }
                }
            }
        }, cancellationToken)).ToArray();
        try
        {
            await Task.WhenAll(workers);
        }
        finally
        {
            await stopSweeping.CancelAsync();
            try
            {
                await sweeper;
            }
            catch (OperationCanceledException)
            {
                // The run was cancelled (the coordinator is stopping); the store keeps every unfinished task.
            }
        }

        return [.. tasks.Select(t => _tracking[t.Id].Report(t.Id))];
    }

    private async Task<IReadOnlyList<Assignment>> ExecuteAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        var task = _tasks[assignment.TaskId];
        var tracking = _tracking[assignment.TaskId];
        tracking.Ran(assignment.AgentId);
        await scheduler.MarkRunningAsync(assignment.AttemptId, cancellationToken);
        TaskOutcome? outcome = null;
        string? error = null;
        TaskResult result;
        if (_lost.ContainsKey(assignment.AgentId) || !agents.TryGetValue(assignment.AgentId, out var agent))
        {
            return await LoseAsync(assignment, tracking, "agent process is gone", cancellationToken);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(task.DeadlineSeconds + 10));
            var response = await agent.CallToolAsync(ExecuteTaskTool.Name,
                new Dictionary<string, object?> { ["task"] = JsonSerializer.SerializeToElement(task, AgentJson.Options) }, cancellationToken: timeout.Token);
            outcome = response.StructuredContent?.Deserialize<TaskOutcome>(AgentJson.Options);
            result = outcome switch
            {
                null => TaskResult.Failed(FailureKind.Error, "the agent returned no outcome"),
                { Succeeded: true, Valid: true } => TaskResult.Success(outcome.ResultDigest ?? ""),
                { Succeeded: true } => TaskResult.Failed(FailureKind.ValidationFailed, outcome.Error),
                { FailedUpstream: { } upstream } => TaskResult.Failed(FailureKind.UpstreamFailed, outcome.Error, upstream),
                { OnTime: false } => TaskResult.Failed(FailureKind.Timeout, outcome.Error),
                _ => TaskResult.Failed(FailureKind.Error, outcome.Error),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = TaskResult.Failed(FailureKind.Timeout, "the agent did not answer in time");
            error = result.Error;
        }
        catch (Exception ex) when (ex is McpException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            return await LoseAsync(assignment, tracking, ex.Message, cancellationToken);
        }

        var report = await scheduler.CompleteAsync(assignment.AttemptId, result, cancellationToken);
        Settle(tracking, report);
        onAttempt?.Invoke(new AttemptEvent(assignment.TaskId, assignment.AgentId, assignment.Replica, outcome, report.Disposition.ToString(), error ?? (result.Succeeded ? null : result.Error)));
        return report.NewAssignments;
    }

    private async Task<IReadOnlyList<Assignment>> LoseAsync(Assignment assignment, TaskTracking tracking, string why, CancellationToken cancellationToken)
    {
        _lost[assignment.AgentId] = true;
        var report = await scheduler.CompleteAsync(assignment.AttemptId, TaskResult.Failed(FailureKind.Crash, why), cancellationToken);
        var reassigned = await scheduler.AgentLostAsync(assignment.AgentId, why, cancellationToken);
        Settle(tracking, report);
        onAttempt?.Invoke(new AttemptEvent(assignment.TaskId, assignment.AgentId, assignment.Replica, null, report.Disposition.ToString(), why));
        return [.. report.NewAssignments, .. reassigned];
    }

    private static void Settle(TaskTracking tracking, CompletionReport report)
    {
        if (report.Disposition == CompletionDisposition.Succeeded)
        {
            tracking.Finish(true, null);
        }
        else if (report.Disposition == CompletionDisposition.ReportedFailed)
        {
            tracking.Finish(false, report.Reason);
        }
    }

    /// <summary>The scheduler's view of a task; the whole task rides along as the payload, so a restart can resume it.</summary>
    internal static TaskSpec ToSpec(AgentTask task) => new()
    {
        Id = task.Id,
        DependsOn = task.DependsOn,
        RedundancyHint = task.CrossCheck,
        RetryBudget = task.RetryBudget,
        Payload = JsonSerializer.Serialize(task, AgentJson.Options),
        RequiredCapabilities = task.Capabilities,
        Sensitivity = (SensitivityLevel)Math.Clamp(task.Sensitivity, 0, 3),
        AttemptTimeout = TimeSpan.FromSeconds(task.DeadlineSeconds + 10),
        Upstreams = [.. task.Steps.Select(s => PlanExecutor.UpstreamOf(s.Tool)).Distinct(StringComparer.Ordinal)],
    };

    private static AgentTask FromSpec(TaskSpec spec) =>
        (spec.Payload is null ? null : JsonSerializer.Deserialize<AgentTask>(spec.Payload, AgentJson.Options))
        ?? throw new InvalidOperationException($"Task '{spec.Id}' was stored without its plan and cannot be resumed.");
}
