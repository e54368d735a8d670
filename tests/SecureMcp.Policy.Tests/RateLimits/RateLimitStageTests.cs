using ModelContextProtocol.Protocol;
using SecureMcp.Core.Pipeline;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.RateLimits;
using SecureMcp.Policy.Stages;
using SecureMcp.Policy.Tests.Support;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.RateLimits;

public class RateLimitStageTests
{
    private static (RateLimitStage Stage, RateLimitRegistry Registry, RecordingEventSink Events) Create(string yaml, TimeProvider? time = null)
    {
        var events = new RecordingEventSink();
        var registry = new RateLimitRegistry(new StaticPolicySource(Compile(yaml)), time ?? TimeProvider.System);
        return (new RateLimitStage(registry, time ?? TimeProvider.System, events), registry, events);
    }

    private static GatewayCallContext Call(string principal, string tool = "srv__t") =>
        new(McpOperation.CallTool, tool, Principal(principal), 0) { Server = "srv" };

    private static ValueTask<Result> Ok(GatewayCallContext c, CancellationToken ct) => ValueTask.FromResult<Result>(new CallToolResult { Content = [] });

    [Fact]
    public async Task InvokeAsync_TokenBucketExhausted_RateLimitedWithRetryAfter()
    {
        var (stage, _, events) = Create("rateLimits:\n  - id: per-p\n    per: principal\n    tokenBucket: { limit: 2, tokensPerPeriod: 1, period: 30s }\n");
        await stage.InvokeAsync(Call("a"), Ok, default);
        await stage.InvokeAsync(Call("a"), Ok, default);
        var context = Call("a");
        var denied = await Should.ThrowAsync<CallDeniedException>(() => stage.InvokeAsync(context, Ok, default).AsTask());
        denied.ErrorCode.ShouldBe(PolicyErrorCodes.RateLimited);
        denied.Message.ShouldContain("retry after 30 s");
        denied.Message.ShouldContain("token bucket 'per-p'");
        context.Items[RateLimitStage.RetryAfterItem].ShouldBe(TimeSpan.FromSeconds(30));
        events.Events.ShouldHaveSingleItem().Kind.ShouldBe("ratelimit.rejected");
    }

    [Fact]
    public async Task InvokeAsync_PerPrincipal_OtherPrincipalUnaffected()
    {
        var (stage, _, _) = Create("rateLimits:\n  - id: q\n    per: principal\n    fixedWindow: { limit: 1, window: 1h }\n");
        await stage.InvokeAsync(Call("a"), Ok, default);
        await Should.ThrowAsync<CallDeniedException>(() => stage.InvokeAsync(Call("a"), Ok, default).AsTask());
        await stage.InvokeAsync(Call("b"), Ok, default);
    }

    [Fact]
    public async Task InvokeAsync_PerToolScope_OnlyMatchingToolLimited()
    {
        var (stage, _, _) = Create("rateLimits:\n  - id: q\n    per: tool\n    tools: [srv__slow]\n    fixedWindow: { limit: 1, window: 1h }\n");
        await stage.InvokeAsync(Call("a", "srv__slow"), Ok, default);
        await Should.ThrowAsync<CallDeniedException>(() => stage.InvokeAsync(Call("b", "srv__slow"), Ok, default).AsTask());
        await stage.InvokeAsync(Call("a", "srv__fast"), Ok, default);
    }

    [Fact]
    public async Task InvokeAsync_ConcurrencyCap_HeldUntilCallCompletes()
    {
        var (stage, _, _) = Create("rateLimits:\n  - id: c\n    per: server\n    concurrency: { limit: 1 }\n");
        var release = new TaskCompletionSource<Result>();
        var first = stage.InvokeAsync(Call("a"), (_, _) => new ValueTask<Result>(release.Task), default).AsTask();
        await Should.ThrowAsync<CallDeniedException>(() => stage.InvokeAsync(Call("b"), Ok, default).AsTask());
        release.SetResult(new CallToolResult { Content = [] });
        await first;
        await stage.InvokeAsync(Call("b"), Ok, default);
    }

    [Fact]
    public async Task InvokeAsync_WindowPasses_Recovers()
    {
        var (stage, _, _) = Create("rateLimits:\n  - id: q\n    per: principal\n    fixedWindow: { limit: 1, window: 200ms }\n");
        await stage.InvokeAsync(Call("a"), Ok, default);
        await Should.ThrowAsync<CallDeniedException>(() => stage.InvokeAsync(Call("a"), Ok, default).AsTask());

        // The limiter replenishes on its own timer, which a loaded machine can run late: poll, but within a bound.
        var recovered = false;
        for (var deadline = DateTime.UtcNow.AddSeconds(10); !recovered && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(100);
            try
            {
                await stage.InvokeAsync(Call("a"), Ok, default);
                recovered = true;
            }
            catch (CallDeniedException)
            {
                // Not replenished yet.
            }
        }

        recovered.ShouldBeTrue("the window must pass and the limit recover");
    }

    [Fact]
    public async Task Tighten_UntilExpiry_LimitsThenLifts()
    {
        var time = new ManualTime();
        var (stage, registry, _) = Create("roles: {}\n", time);
        registry.Tighten("a", 1, TimeSpan.FromHours(1), TimeSpan.FromMinutes(10));
        await stage.InvokeAsync(Call("a"), Ok, default);
        (await Should.ThrowAsync<CallDeniedException>(() => stage.InvokeAsync(Call("a"), Ok, default).AsTask())).Message.ShouldContain("tightened");
        time.Advance(TimeSpan.FromMinutes(11));
        await stage.InvokeAsync(Call("a"), Ok, default);
        registry.Tightened().ShouldBeEmpty();
    }
}
