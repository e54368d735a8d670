using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Explain;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Core.Tasks;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Allocation.Tests.Support;

/// <summary>A scheduler on a manual clock with an in-memory store, plus helpers to build agents and tasks.</summary>
internal sealed class Fixture : IDisposable
{
    public Fixture(AllocationOptions? options = null, IAgentStatusSource? status = null, ITaskStore? store = null)
    {
        Trust = new TrustEngine(new TrustOptions(), Clock);
        Store = store ?? new InMemoryTaskStore();
        Scheduler = new TrustAwareScheduler(
            options ?? new AllocationOptions { Verification = new VerificationOptions { Enabled = false } },
            Trust,
            Store,
            status,
            Clock,
            new SchedulerHooks { OnDecision = Decisions.Add, OnTransition = Transitions.Add });
    }

    public ManualTimeProvider Clock { get; } = new();

    public TrustEngine Trust { get; }

    public ITaskStore Store { get; }

    public TrustAwareScheduler Scheduler { get; }

    public List<AllocationExplanation> Decisions { get; } = [];

    public List<TaskTransition> Transitions { get; } = [];

    public static AgentDescriptor Agent(string id, params string[] capabilities) =>
        new() { Id = id, Capabilities = capabilities.Length == 0 ? ["search"] : capabilities, Clearance = SensitivityLevel.Confidential, MaxConcurrency = 4 };

    public static TaskSpec Task(string id, params string[] capabilities) =>
        new() { Id = id, RequiredCapabilities = capabilities.Length == 0 ? ["search"] : capabilities, AttemptTimeout = TimeSpan.FromSeconds(10), RetryBudget = 2 };

    public void Add(params AgentDescriptor[] agents)
    {
        foreach (var a in agents)
        {
            Scheduler.RegisterAgent(a);
        }
    }

    /// <summary>Gives an agent a track record for a capability, as if the gateway had observed it.</summary>
    public void Teach(string agent, string capability, int successes, int failures)
    {
        for (var i = 0; i < successes + failures; i++)
        {
            Trust.RecordOutcome(new InteractionOutcome { Subject = agent, Capability = capability, Succeeded = i < successes, Valid = i < successes });
        }
    }

    public async Task<Assignment> SubmitOneAsync(TaskSpec task)
    {
        var assigned = await Scheduler.SubmitAsync(task);
        return assigned.ShouldHaveSingleItem();
    }

    public void Dispose() => Scheduler.Dispose();
}
