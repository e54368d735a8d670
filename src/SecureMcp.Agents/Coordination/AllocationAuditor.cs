using System.Globalization;
using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Agents.Coordination;

/// <summary>Writes every allocation decision and every task state change of the scheduler into an audit chain.</summary>
/// <remarks>
/// The scheduler calls its hooks under its gate, so they only queue the record; <see cref="FlushAsync"/> waits until
/// everything queued is in the chain. Decision records carry the chosen agent, its trust and score, how many agents
/// were eligible and why the others were not; the full explanation stays in the task store for <c>securemcp tasks explain</c>.
/// </remarks>
internal sealed class AllocationAuditor(IAuditStore store, TimeProvider time)
{
    /// <summary>The principal the coordinator's records carry.</summary>
    public const string Principal = "scheduler";

    private readonly List<Task> _pending = [];

    /// <summary>Hooks to pass to the scheduler.</summary>
    public SchedulerHooks Hooks => new() { OnDecision = Decision, OnTransition = Transition };

    /// <summary>Waits until every queued record is written.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_pending)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        await Task.WhenAll(pending);
        await store.FlushAsync(cancellationToken);
    }

    private void Decision(AllocationExplanation e)
    {
        var chosen = e.Candidates.FirstOrDefault(c => c.AgentId == e.ChosenAgent);
        var excluded = string.Join(", ", e.ExcludedCounts.Where(x => x.Value > 0).Select(x => $"{x.Key}={x.Value}"));
        var pool = string.Create(CultureInfo.InvariantCulture, $"{e.EligibleCount} of {e.PoolSize} eligible{(excluded.Length > 0 ? "; excluded " + excluded : "")}");
        var reason = chosen is null
            ? $"{e.Outcome}; policy {e.Policy}; {pool}"
            : string.Create(CultureInfo.InvariantCulture,
                $"{e.Policy}: {chosen.AgentId} trust {chosen.Trust:0.000} score {chosen.Score:0.000} p {chosen.Probability:0.000} load {chosen.Load}/{chosen.Capacity}; {pool}");
        Append("allocation", e.ChosenAgent is null ? "allocate" : "assign", e.TaskId, e.ChosenAgent is null ? "unassigned" : "assigned", reason, e.DecidedAt);
    }

    private void Transition(TaskTransition t) =>
        Append("task", "transition", t.TaskId, t.To.ToString().ToLowerInvariant(),
            string.Create(CultureInfo.InvariantCulture, $"{t.From?.ToString().ToLowerInvariant() ?? "new"} -> {t.To.ToString().ToLowerInvariant()}, agent {t.AgentId ?? "none"}, attempt {t.Attempt}: {t.Reason}"), t.At);

    private void Append(string kind, string action, string target, string outcome, string reason, DateTimeOffset at)
    {
        var write = store.AppendAsync(new AuditRecord
        {
            Timestamp = at == default ? time.GetUtcNow() : at,
            Kind = kind,
            Principal = Principal,
            Action = action,
            Target = target,
            Outcome = outcome,
            Reason = reason,
        });
        if (!write.IsCompletedSuccessfully)
        {
            lock (_pending)
            {
                _pending.Add(write.AsTask());
            }
        }
    }
}
