using System.Text.Json.Nodes;
using SecureMcp.Agents.Coordination;
using SecureMcp.Agents.Tasks;
using SecureMcp.Allocation.Config;
using SecureMcp.Allocation.Model;
using SecureMcp.Allocation.Scheduling;
using SecureMcp.Core.Audit;
using SecureMcp.Core.Tasks;
using SecureMcp.Storage.Audit;
using SecureMcp.Storage.Tasks;
using SecureMcp.Trust.Config;
using SecureMcp.Trust.Engine;

namespace SecureMcp.Agents.Tests.Coordination;

public sealed class CoordinatorTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("securemcp-coordinator-");

    private string TasksDb => Path.Combine(_dir.FullName, "tasks.db");

    private static AgentTask Task(string id, int n, params string[] dependsOn) => new()
    {
        Id = id,
        Capabilities = ["data"],
        DeadlineSeconds = 5,
        DependsOn = dependsOn,
        Steps = [new TaskStep("s", "echo", new JsonObject { ["task"] = id, ["n"] = n })],
        Checks = [new TaskCheck("s", "n", CheckKind.Equals, n)],
    };

    private static TrustAwareScheduler Scheduler(ITaskStore store, SchedulerHooks? hooks = null)
    {
        var scheduler = new TrustAwareScheduler(new AllocationOptions { Verification = new VerificationOptions { Enabled = false } },
            new TrustEngine(new TrustOptions()), store, hooks: hooks);
        foreach (var id in new[] { "a1", "a2" })
        {
            scheduler.RegisterAgent(new AgentDescriptor { Id = id, Capabilities = ["data"], Clearance = SensitivityLevel.Internal, MaxConcurrency = 2 });
        }

        return scheduler;
    }

    [Fact]
    public async Task RunAsync_Dependencies_RunAfterWhatTheyDependOnAndDecisionsAreAudited()
    {
        var invoker = new RecordingInvoker();
        await using var agents = new InProcessAgents();
        await agents.AddAsync("a1", invoker, "data");
        await agents.AddAsync("a2", invoker, "data");
        await using var audit = new SqliteAuditStore(new SqliteAuditStoreOptions { Path = Path.Combine(_dir.FullName, "audit.db") });
        var auditor = new AllocationAuditor(audit, TimeProvider.System);
        using var scheduler = Scheduler(new SqliteTaskStore(TasksDb), auditor.Hooks);
        var tasks = new[] { Task("publish", 3, "report"), Task("report", 2, "extract-1", "extract-2"), Task("extract-1", 1), Task("extract-2", 1) };

        var reports = await new Coordinator(scheduler, agents.Clients).RunAsync(tasks, parallelism: 4, CancellationToken.None);
        await auditor.FlushAsync(CancellationToken.None);

        reports.ShouldAllBe(r => r.Succeeded);
        var calls = invoker.Calls.ToList();
        calls.IndexOf("report").ShouldBeGreaterThan(Math.Max(calls.IndexOf("extract-1"), calls.IndexOf("extract-2")));
        calls.IndexOf("publish").ShouldBeGreaterThan(calls.IndexOf("report"));
        var records = new List<AuditRecord>();
        await foreach (var record in audit.ReadAsync())
        {
            records.Add(record);
        }

        AuditChain.Verify(records).IsIntact.ShouldBeTrue();
        records.Count(r => r is { Kind: "allocation", Outcome: "assigned" }).ShouldBe(4);
        records.ShouldContain(r => r.Kind == "task" && r.Target == "report" && r.Reason!.Contains("waiting for extract-1, extract-2"));
        records.Where(r => r.Kind == "task" && r.Outcome == "succeeded").Select(r => r.Target).ShouldBe(tasks.Select(t => t.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task ResumeAsync_AfterCoordinatorDiedMidRun_FinishesEveryTaskAndRepeatsNoFinishedOne()
    {
        var tasks = Enumerable.Range(1, 8).Select(i => Task($"t{i}", i)).Append(Task("summary", 9, "t1", "t8")).ToList();
        var invoker = new RecordingInvoker();
        await using (var agents = new InProcessAgents())
        {
            await agents.AddAsync("a1", invoker, "data");
            await agents.AddAsync("a2", invoker, "data");
            using var scheduler = Scheduler(new SqliteTaskStore(TasksDb));
            using var crash = new CancellationTokenSource();
            var run = new Coordinator(scheduler, agents.Clients, attempt =>
            {
                // After three results the coordinator "dies": every call in flight hangs, then the run is cancelled.
                if (invoker.Calls.Count >= 3)
                {
                    invoker.Hang = true;
                    crash.CancelAfter(TimeSpan.FromMilliseconds(200));
                }
            }).RunAsync(tasks, parallelism: 2, crash.Token);
            var died = await Should.ThrowAsync<Exception>(run);
            died.ShouldBeAssignableTo<OperationCanceledException>();
        }

        var before = invoker.Calls.ToHashSet();
        before.Count.ShouldBeGreaterThanOrEqualTo(3);
        before.Count.ShouldBeLessThan(tasks.Count);
        var resumedInvoker = new RecordingInvoker();
        await using var restarted = new InProcessAgents();
        await restarted.AddAsync("a1", resumedInvoker, "data");
        await restarted.AddAsync("a2", resumedInvoker, "data");
        var store = new SqliteTaskStore(TasksDb);
        using var again = Scheduler(store);

        var reports = await new Coordinator(again, restarted.Clients).ResumeAsync(parallelism: 2, CancellationToken.None);

        reports.ShouldAllBe(r => r.Succeeded);
        var after = resumedInvoker.Calls;
        after.ShouldBeUnique();
        foreach (var task in tasks)
        {
            (await store.GetAsync(task.Id))!.State.ShouldBe(TaskState.Succeeded, task.Id);
        }

        // Every task ran to success exactly once across the two coordinators: none lost, none done twice.
        var succeededBefore = tasks.Select(t => t.Id).Where(id => !reports.Any(r => r.TaskId == id)).ToHashSet();
        succeededBefore.ShouldBeSubsetOf(before);
        after.ShouldAllBe(id => !succeededBefore.Contains(id));
        succeededBefore.Union(reports.Select(r => r.TaskId)).Count().ShouldBe(tasks.Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
