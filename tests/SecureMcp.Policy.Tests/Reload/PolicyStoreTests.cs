using SecureMcp.Policy.Model;
using SecureMcp.Policy.Reload;
using SecureMcp.Policy.Tests.Support;
using SecureMcp.Policy.Yaml;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Reload;

public sealed class PolicyStoreTests : IDisposable
{
    private const string V1 = "roles:\n  user: { tools: [srv__a] }\n";
    private const string V2 = "roles:\n  user: { tools: [srv__b] }\n";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_path);

    private PolicyStore Open(ManualTime time, TriggerWatcher watcher, RecordingAuditSink? audit = null)
    {
        File.WriteAllText(_path, V1);
        return PolicyStore.Open(_path, time, audit: audit, watcher: watcher);
    }

    [Fact]
    public void Open_InvalidFile_ThrowsNamingLine()
    {
        File.WriteAllText(_path, "roles:\n  user: { tols: [a] }\n");
        var ex = Should.Throw<PolicyValidationException>(() => PolicyStore.Open(_path, watch: false));
        ex.Message.ShouldContain("line 2: roles.user.tols");
    }

    [Fact]
    public void Reload_ValidChange_SwapsPolicy()
    {
        using var store = Open(new ManualTime(), new TriggerWatcher());
        var before = store.Current;
        File.WriteAllText(_path, V2);
        store.Reload().Applied.ShouldBeTrue();
        store.Current.ShouldNotBeSameAs(before);
        store.Current.Decide(Principal("p", "user"), "srv__b").Effect.ShouldBe(PolicyEffect.Allow);
        store.Current.Decide(Principal("p", "user"), "srv__a").Effect.ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void Reload_BrokenFile_KeepsOldPolicyAndReportsLine()
    {
        var audit = new RecordingAuditSink();
        using var store = Open(new ManualTime(), new TriggerWatcher(), audit);
        var before = store.Current;
        File.WriteAllText(_path, "roles:\n  user:\n    tools: [srv__b]\n    readOnly: maybe\n");
        var result = store.Reload();
        result.Applied.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Line.ShouldBe(4);
        result.Summary.ShouldContain("'maybe' is not true or false");
        store.Current.ShouldBeSameAs(before);
        store.LastReload.ShouldBe(result);
        audit.Records.ShouldContain(r => r.Action == "policy/reload" && r.Outcome == "rejected");
    }

    [Fact]
    public void Watcher_BurstOfChanges_ReloadsOnceAfterDebounce()
    {
        var time = new ManualTime();
        var watcher = new TriggerWatcher();
        using var store = Open(time, watcher);
        var reloads = 0;
        store.Reloaded += _ => reloads++;
        File.WriteAllText(_path, V2);
        watcher.Fire();
        time.Advance(TimeSpan.FromMilliseconds(100));
        watcher.Fire();
        time.Advance(TimeSpan.FromMilliseconds(200));
        reloads.ShouldBe(0);
        time.Advance(TimeSpan.FromMilliseconds(100));
        reloads.ShouldBe(1);
        store.Current.Decide(Principal("p", "user"), "srv__b").Effect.ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public async Task FileSystemWatcher_RealFileChange_Reloads()
    {
        File.WriteAllText(_path, V1);
        using var store = PolicyStore.Open(_path, debounce: TimeSpan.FromMilliseconds(50));
        var applied = new TaskCompletionSource<PolicyReloadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Reloaded += r => applied.TrySetResult(r);
        await File.WriteAllTextAsync(_path, V2);
        (await applied.Task.WaitAsync(TimeSpan.FromSeconds(10))).Applied.ShouldBeTrue();
        store.Current.Decide(Principal("p", "user"), "srv__b").Effect.ShouldBe(PolicyEffect.Allow);
    }
}
