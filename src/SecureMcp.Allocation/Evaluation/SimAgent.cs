using SecureMcp.Allocation.Model;
using SecureMcp.Core.Tasks;

namespace SecureMcp.Allocation.Evaluation;

/// <summary>A simulated agent. Its behaviour flags are ground truth for scoring the run; the scheduler never sees them.</summary>
internal sealed class SimAgent(string id, IReadOnlyList<string> capabilities, double reliability, double sabotageRate, bool malicious)
{
    public string Id { get; } = id;

    public IReadOnlyList<string> Capabilities { get; } = capabilities;

    /// <summary>Probability that an attempt does not fail visibly (error, failed validation).</summary>
    public double Reliability { get; } = reliability;

    /// <summary>Probability that a successful-looking result is silently wrong (colluding: every saboteur returns the same wrong digest).</summary>
    public double SabotageRate { get; } = sabotageRate;

    public bool Malicious { get; } = malicious;

    /// <summary>Crashed: it never answers again.</summary>
    public bool Dead { get; set; }

    /// <summary>Crashed but its in-flight work still reports late (a partitioned zombie).</summary>
    public bool Zombie { get; set; }

    public AgentDescriptor Descriptor(int concurrency) => new()
    {
        Id = Id,
        Capabilities = Capabilities,
        Clearance = SensitivityLevel.Confidential,
        MaxConcurrency = concurrency,
    };

    public TaskResult Execute(string taskId, Random random)
    {
        if (random.NextDouble() >= Reliability)
        {
            return TaskResult.Failed(FailureKind.ValidationFailed, "result failed the task's checks");
        }

        return TaskResult.Success(random.NextDouble() < SabotageRate ? "wrong:" + taskId : "ok:" + taskId);
    }
}
