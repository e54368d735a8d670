using Microsoft.Extensions.Logging.Abstractions;
using SecureMcp.Core.Events;
using SecureMcp.Policy.Engine;
using SecureMcp.Policy.Incidents;
using SecureMcp.Policy.RateLimits;
using SecureMcp.Policy.Tests.Support;

namespace SecureMcp.Policy.Tests.Incidents;

public class IncidentResponderTests
{
    private const string Yaml = """
        incidents:
          - id: repeated-denials
            kinds: [policy.denied]
            count: 5
            within: 1m
            actions: [quarantine-principal, alert]
          - id: critical
            minSeverity: critical
            kinds: ["inspection.*"]
            actions: [quarantine-principal]
          - id: rug-pull
            kinds: [tool.rug-pull]
            actions: [quarantine-tool, quarantine-upstream]
          - id: noisy
            kinds: [ratelimit.rejected]
            count: 2
            within: 1m
            actions:
              - tighten-rate-limit: { limit: 1, period: 1m, for: 5m }
        """;

    private sealed class Fixture
    {
        public Fixture()
        {
            var policy = new StaticPolicySource(Policies.Compile(Yaml));
            Quarantine = new QuarantineRegistry(Time, Audit, id =>
            {
                Closed.Add(id);
                return Task.CompletedTask;
            });
            RateLimits = new RateLimitRegistry(policy, Time);
            Responder = new IncidentResponder(policy, Quarantine, RateLimits, Time, NullLogger<IncidentResponder>.Instance, Audit);
        }

        public ManualTime Time { get; } = new();

        public RecordingAuditSink Audit { get; } = new();

        public List<string> Closed { get; } = [];

        public QuarantineRegistry Quarantine { get; }

        public RateLimitRegistry RateLimits { get; }

        public IncidentResponder Responder { get; }

        public ValueTask Publish(string kind, string? principal, string? target = null, SecuritySeverity severity = SecuritySeverity.Medium) =>
            Responder.PublishAsync(new SecurityEvent(kind, severity, principal, target, "test", null, "because", Time.GetUtcNow()));
    }

    [Fact]
    public async Task PublishAsync_FiveDenialsInAMinute_QuarantinesAndClosesSessions()
    {
        var f = new Fixture();
        for (var i = 0; i < 4; i++)
        {
            await f.Publish("policy.denied", "agent-7");
        }

        f.Quarantine.Find(QuarantineKind.Principal, "agent-7").ShouldBeNull();
        await f.Publish("policy.denied", "agent-7");
        f.Quarantine.Find(QuarantineKind.Principal, "agent-7").ShouldNotBeNull().IncidentId.ShouldBe("inc-000001");
        f.Closed.ShouldBe(["agent-7"]);
        var incident = f.Responder.Incidents().ShouldHaveSingleItem();
        incident.EventCount.ShouldBe(5);
        incident.Actions.ShouldContain("alert: logged");
        f.Audit.Records.ShouldContain(r => r.Action == "quarantine/principal" && r.Principal == "agent-7");
    }

    [Fact]
    public async Task PublishAsync_DenialsSpreadOverTwoMinutes_NoIncident()
    {
        var f = new Fixture();
        for (var i = 0; i < 5; i++)
        {
            await f.Publish("policy.denied", "agent-7");
            f.Time.Advance(TimeSpan.FromSeconds(20));
        }

        f.Responder.Incidents().ShouldBeEmpty();
    }

    [Fact]
    public async Task PublishAsync_OneCriticalDetection_Quarantines()
    {
        var f = new Fixture();
        await f.Publish("inspection.injection", "agent-1", severity: SecuritySeverity.High);
        f.Quarantine.IsEmpty.ShouldBeTrue();
        await f.Publish("inspection.injection", "agent-1", severity: SecuritySeverity.Critical);
        f.Quarantine.Find(QuarantineKind.Principal, "agent-1").ShouldNotBeNull();
    }

    [Fact]
    public async Task PublishAsync_RugPull_QuarantinesToolAndUpstream()
    {
        var f = new Fixture();
        await f.Publish("tool.rug-pull", null, "srv__tool");
        f.Quarantine.Find(QuarantineKind.Tool, "srv__tool").ShouldNotBeNull();
        f.Quarantine.Find(QuarantineKind.Upstream, "srv").ShouldNotBeNull();
    }

    [Fact]
    public async Task PublishAsync_RugPullNamedByPinning_QuarantinesNamespacedTool()
    {
        var f = new Fixture();
        await f.Publish("tool.rug-pull", null, "srv/tool", SecuritySeverity.Critical);
        f.Quarantine.Find(QuarantineKind.Tool, "srv__tool").ShouldNotBeNull();
        f.Quarantine.Find(QuarantineKind.Upstream, "srv").ShouldNotBeNull();
    }

    [Fact]
    public async Task PublishAsync_RateLimitAbuse_TightensLimit()
    {
        var f = new Fixture();
        await f.Publish("ratelimit.rejected", "agent-2");
        await f.Publish("ratelimit.rejected", "agent-2");
        f.RateLimits.Tightened().ShouldHaveSingleItem().ShouldContain("agent-2");
        f.Audit.Records.ShouldContain(r => r.Action == "ratelimit/tighten");
    }

    [Fact]
    public async Task ReleaseAsync_Quarantined_ReleasesAndAudits()
    {
        var f = new Fixture();
        await f.Quarantine.QuarantineAsync(QuarantineKind.Principal, "agent-3", "manual");
        (await f.Quarantine.ReleaseAsync(QuarantineKind.Principal, "agent-3", "operator-1", "false positive")).ShouldBeTrue();
        f.Quarantine.Find(QuarantineKind.Principal, "agent-3").ShouldBeNull();
        f.Quarantine.List().ShouldBeEmpty();
        f.Audit.Records.ShouldContain(r => r.Action == "release/principal" && r.Principal == "operator-1" && r.Reason!.Contains("false positive"));
        (await f.Quarantine.ReleaseAsync(QuarantineKind.Principal, "agent-3", "operator-1")).ShouldBeFalse();
    }
}
