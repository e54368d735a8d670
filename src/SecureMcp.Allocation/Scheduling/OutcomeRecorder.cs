using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Allocation.Scheduling;

/// <summary>Feeds what the scheduler observed about an attempt to the trust engine, one outcome per required capability.</summary>
internal sealed class OutcomeRecorder(TrustEngine engine)
{
    public void Record(string subject, TaskEntry task, bool? succeeded, bool? valid, bool? onTime, bool? violation = null)
    {
        foreach (var capability in task.Spec.RequiredCapabilities.Count == 0 ? ["task"] : task.Spec.RequiredCapabilities)
        {
            engine.RecordOutcome(new InteractionOutcome
            {
                Subject = subject,
                Capability = capability,
                Succeeded = succeeded,
                Valid = valid,
                OnTime = onTime,
                SecurityViolation = violation,
            });
        }
    }
}
