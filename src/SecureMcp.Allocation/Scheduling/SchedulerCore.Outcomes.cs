using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Redundancy;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>What happens when an attempt ends: verification of successes, reassignment of failures.</summary>
internal sealed partial class SchedulerCore
{
    private CompletionDisposition OnSuccess(TaskEntry entry, ActiveAttempt active, string digest)
    {
        var agent = active.Agent;
        var onTime = _time.GetUtcNow() <= active.Deadline;
        agent.Breaker.Report(true);
        entry.Tried.Add(agent.Id);
        var v = _options.Verification;
        if (!v.Enabled && entry.Spec.RedundancyHint <= 1)
        {
            _parts.Recorder.Record(agent.Id, entry, true, true, onTime);
            agent.InvalidateScores();
            Succeed(entry, digest, agent.Id, "accepted (verification off)");
            return CompletionDisposition.Succeeded;
        }

        entry.Results.Add(new ReplicaResult(agent.Id, digest));
        if (entry.Results.Count == 1)
        {
            entry.SpotCheckDrawn = _parts.Random.NextDouble() < v.SpotCheckRate;
        }

        var verdict = VerificationPlanner.Evaluate(
            entry.Results,
            _parts.Ledger.Credibility,
            v.Enabled ? 1 - v.TargetError : 0, // verification off: only the task's own redundancy hint applies
            Math.Max(1, entry.Spec.RedundancyHint),
            v.MaxReplicas,
            v.Enabled && entry.SpotCheckDrawn);
        switch (verdict.Kind)
        {
            case VerdictKind.Accept:
                Settle(entry, verdict, onTime);
                Succeed(entry, verdict.Digest!, agent.Id, "verified: " + verdict.Reason);
                return CompletionDisposition.Succeeded;
            case VerdictKind.NeedReplica:
                Transition(entry, TaskState.Pending, agent.Id, active.Number, "awaiting verification: " + verdict.Reason);
                TryDispatch(entry);
                return entry.State == TaskState.ReportedFailed ? CompletionDisposition.ReportedFailed : CompletionDisposition.AwaitingVerification;
            default:
                Report(entry, "unverifiable: " + verdict.Reason);
                return CompletionDisposition.ReportedFailed;
        }
    }

    /// <summary>Credits agents that agreed with the accepted result and blacklists those that did not.</summary>
    private void Settle(TaskEntry entry, Verdict verdict, bool onTime)
    {
        foreach (var id in verdict.Agreeing)
        {
            _parts.Ledger.Pass(id);
            _parts.Recorder.Record(id, entry, true, true, onTime);
            _parts.Agents.Find(id)?.InvalidateScores();
        }

        foreach (var id in verdict.Disagreeing)
        {
            _parts.Ledger.Catch(id);
            _parts.Recorder.Record(id, entry, false, false, onTime, violation: true);
            _parts.Agents.Find(id)?.InvalidateScores();
        }
    }

    private CompletionDisposition OnFailure(TaskEntry entry, ActiveAttempt active, FailureKind kind, string? error, string? upstream)
    {
        var agent = active.Agent;
        entry.Tried.Add(agent.Id);
        if (kind == FailureKind.UpstreamFailed && upstream is not null)
        {
            // Not the agent's fault: the upstream's breaker and trust take the blame.
            _parts.Breakers.Upstream(upstream).Report(false);
            _parts.Recorder.Record(upstream, entry, false, null, null);
        }
        else
        {
            agent.Breaker.Report(false);
            _parts.Recorder.Record(agent.Id, entry, false, kind == FailureKind.ValidationFailed ? false : null, kind == FailureKind.Timeout ? false : null);
            agent.InvalidateScores();
        }

        entry.Failures++;
        var reason = $"{kind}: {error ?? "no detail"}";
        Transition(entry, TaskState.Failed, agent.Id, active.Number, reason);
        if (entry.Failures > entry.RetryBudget)
        {
            Report(entry, $"retry budget of {entry.RetryBudget} spent; last failure {reason}");
            return CompletionDisposition.ReportedFailed;
        }

        TryDispatch(entry);
        return entry.State == TaskState.ReportedFailed ? CompletionDisposition.ReportedFailed : CompletionDisposition.Reassigned;
    }

    private void Succeed(TaskEntry entry, string digest, string agentId, string reason)
    {
        entry.ResultDigest = digest;
        Transition(entry, TaskState.Succeeded, agentId, entry.Attempts, reason);
    }
}
