using System.Globalization;
using BenchmarkDotNet.Attributes;
using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Core.Tasks;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Direct;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Benchmarks.Allocation;

/// <summary>Allocation decisions with 1,000 agents: one operation = submit a task (one full decision) and complete it.</summary>
/// <remarks>
/// The completion records the outcome in the trust engine and drops the agent's cached scores, so every operation pays
/// for a fresh trust lookup of the agent it used. Explanations are built for every decision but not persisted (in-memory
/// store), so this measures the scheduler, not SQLite.
/// </remarks>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private const int Agents = 1_000;
    private static readonly string[] Tools = ["tool-0", "tool-1", "tool-2", "tool-3", "tool-4", "tool-5", "tool-6", "tool-7"];
    private TrustAwareScheduler _scheduler = null!;
    private TaskSpec[] _tasks = null!;
    private long _next;

    /// <summary>How many eligible agents are scored per decision (64 = default sample, 0 = all of them).</summary>
    [Params(64, 0)]
    public int MaxScored { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var trust = new TrustEngine(new TrustOptions());
        var options = new AllocationOptions
        {
            Selection = new SelectionOptions { MaxScoredCandidates = MaxScored },
            Verification = new VerificationOptions { Enabled = false },
            Explain = new ExplainOptions { Persist = false, RetainedTasks = 1_000 },
        };
        _scheduler = new TrustAwareScheduler(options, trust, new InMemoryTaskStore(keepTransitions: false));
        var random = new Random(7);
        for (var i = 0; i < Agents; i++)
        {
            var id = "agent-" + i.ToString(CultureInfo.InvariantCulture);
            var capabilities = Tools.Where(_ => random.NextDouble() < 0.75).ToArray();
            _scheduler.RegisterAgent(new AgentDescriptor { Id = id, Capabilities = capabilities, Clearance = SensitivityLevel.Secret, MaxConcurrency = 8 });
            foreach (var tool in capabilities)
            {
                for (var k = 0; k < 10; k++)
                {
                    trust.RecordOutcome(new InteractionOutcome { Subject = id, Capability = tool, Succeeded = random.NextDouble() < 0.9 });
                }
            }
        }

        _tasks = Enumerable.Range(0, 1_024)
            .Select(i => new TaskSpec { Id = "template", RequiredCapabilities = [Tools[i % Tools.Length]] })
            .ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _scheduler.Dispose();

    [Benchmark(Description = "submit + complete (one allocation decision)")]
    public async Task<int> Decide()
    {
        var n = _next++;
        var task = _tasks[n & 1023] with { Id = "t" + n.ToString(CultureInfo.InvariantCulture) };
        var assignment = (await _scheduler.SubmitAsync(task))[0];
        var report = await _scheduler.CompleteAsync(assignment.AttemptId, TaskResult.Success("ok"));
        return report.NewAssignments.Count;
    }
}
