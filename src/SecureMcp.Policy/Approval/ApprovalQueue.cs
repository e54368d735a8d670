using System.Collections.Concurrent;
using System.Globalization;
using SecureMcp.Policy.Incidents;

namespace SecureMcp.Policy.Approval;

/// <summary>Calls held under <c>require-approval</c>, waiting for an operator to approve or reject them.</summary>
/// <remarks>
/// A held call waits on a task that completes when an operator decides, when the timeout (measured by the
/// <see cref="TimeProvider"/>) passes, or when the caller cancels. Every request and decision is audited.
/// </remarks>
internal sealed class ApprovalQueue(TimeProvider time, IPolicyAuditSink? audit = null)
{
    private readonly ConcurrentDictionary<string, Waiter> _pending = new(StringComparer.Ordinal);
    private readonly IPolicyAuditSink _audit = audit ?? NullPolicyAuditSink.Instance;
    private long _sequence;

    /// <summary>Raised when a call starts waiting (for dashboards and notifications).</summary>
    public event Action<PendingApproval>? Requested;

    /// <summary>The calls waiting now, oldest first.</summary>
    public IReadOnlyList<PendingApproval> Pending() => [.. _pending.Values.Select(w => w.Info).OrderBy(p => p.RequestedAt)];

    /// <summary>Approves a waiting call; false when no call with that id is waiting.</summary>
    public bool Approve(string id, string operatorId, string? note = null) => Decide(id, new ApprovalOutcome(ApprovalStatus.Approved, operatorId, note));

    /// <summary>Rejects a waiting call; false when no call with that id is waiting.</summary>
    public bool Reject(string id, string operatorId, string? reason = null) => Decide(id, new ApprovalOutcome(ApprovalStatus.Rejected, operatorId, reason));

    /// <summary>Holds a call until it is decided, times out or is cancelled.</summary>
    public async Task<ApprovalOutcome> WaitAsync(string principal, string target, string? server, string? argumentsDigest, string reason, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"apr-{Interlocked.Increment(ref _sequence):D6}");
        var info = new PendingApproval(id, principal, target, server, argumentsDigest, reason, now, now + timeout);
        var waiter = new Waiter(info);
        _pending[id] = waiter;
        await _audit.RecordAsync("security", principal, "approval/request", "pending", $"{id}: {reason}", target);
        Requested?.Invoke(info);

        using var timer = time.CreateTimer(static state => ((Waiter)state!).TryComplete(new ApprovalOutcome(ApprovalStatus.TimedOut, "timeout", null)), waiter, timeout, Timeout.InfiniteTimeSpan);
        using var registration = cancellationToken.Register(static state => ((Waiter)state!).TryComplete(new ApprovalOutcome(ApprovalStatus.Cancelled, "caller", null)), waiter);
        var outcome = await waiter.Task;
        _pending.TryRemove(id, out _);
        var status = outcome.Status.ToString().ToLowerInvariant();
        await _audit.RecordAsync(outcome.DecidedBy is "timeout" or "caller" ? "security" : "admin", outcome.DecidedBy is "timeout" or "caller" ? principal : outcome.DecidedBy,
            "approval/" + status, status, $"{id} for {principal}{(outcome.Note is null ? "" : ": " + outcome.Note)}", target);
        return outcome;
    }

    private bool Decide(string id, ApprovalOutcome outcome) => _pending.TryGetValue(id, out var waiter) && waiter.TryComplete(outcome);

    private sealed class Waiter(PendingApproval info)
    {
        private readonly TaskCompletionSource<ApprovalOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public PendingApproval Info { get; } = info;

        public Task<ApprovalOutcome> Task => _done.Task;

        public bool TryComplete(ApprovalOutcome outcome) => _done.TrySetResult(outcome);
    }
}
