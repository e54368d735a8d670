using System.Net;
using SecureMcp.Policy.Model;
using SecureMcp.Policy.Tests.Support;
using static SecureMcp.Policy.Tests.Support.Policies;

namespace SecureMcp.Policy.Tests.Engine;

/// <summary>Each condition type, as a deny rule over a role that grants everything.</summary>
public class ConditionTests
{
    private static Model.PolicyEffect Decide(string when, Core.Identity.Principal? principal = null, Attributes.ToolAttributes? tool = null,
        string? args = null, DateTimeOffset? now = null, double? trust = null, IPAddress? source = null, string extra = "")
    {
        var yaml = $$"""
            roles:
              all: { servers: ["*"] }
              ops: {}
            principals:
              teamed: { roles: [all], attributes: { team: red } }
            {{extra}}
            rules:
              - id: r
                effect: deny
                when:
            {{string.Join("\n", when.Split('\n').Select(l => "      " + l))}}
            """;
        return Compile(yaml).Decide(principal ?? Principal("p", "all"), "srv__t", tool, args, now, new FixedTrust(trust), source).Effect;
    }

    [Fact]
    public void PrincipalRoles_Contains_MatchesOnlyHolders()
    {
        Decide("principal.roles: { contains: ops }", Principal("p", "all", "ops")).ShouldBe(PolicyEffect.Deny);
        Decide("principal.roles: { contains: ops }", Principal("p", "all")).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void PrincipalRoles_NotIn_MatchesNonHolders()
    {
        Decide("principal.roles: { notIn: [ops] }", Principal("p", "all")).ShouldBe(PolicyEffect.Deny);
        Decide("principal.roles: { notIn: [ops] }", Principal("p", "all", "ops")).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void PrincipalAttribute_FromPolicy_Matches()
    {
        Decide("principal.team: red", Principal("teamed")).ShouldBe(PolicyEffect.Deny);
        Decide("principal.team: red", Principal("p", "all")).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void PrincipalAttribute_PolicyOverridesAuthenticated()
    {
        var p = Principal("teamed") with { Attributes = new Dictionary<string, string> { ["team"] = "blue" } };
        Decide("principal.team: blue", p).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void PrincipalId_In_Matches()
    {
        Decide("principal.id: [p, q]").ShouldBe(PolicyEffect.Deny);
        Decide("principal.id: [q]").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Trust_Below_UsesTrustSource()
    {
        Decide("principal.trust: { lt: 0.3 }", trust: 0.1).ShouldBe(PolicyEffect.Deny);
        Decide("principal.trust: { lt: 0.3 }", trust: 0.9).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Trust_Unknown_UsesDefaultTrust()
    {
        Decide("principal.trust: { lt: 0.3 }", trust: null, extra: "settings: { defaultTrust: 0.1 }").ShouldBe(PolicyEffect.Deny);
        Decide("principal.trust: { lt: 0.3 }", trust: null).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void ToolServer_Equals_Matches()
    {
        Decide("tool.server: srv").ShouldBe(PolicyEffect.Deny);
        Decide("tool.server: other").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void ToolRisk_AtLeastHigh_Matches()
    {
        Decide("tool.risk: { gte: high }", tool: Tool(risk: RiskLevel.Critical)).ShouldBe(PolicyEffect.Deny);
        Decide("tool.risk: { gte: high }", tool: Tool(risk: RiskLevel.Medium)).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Annotation_ReadOnlyFalse_Matches()
    {
        Decide("tool.annotations.readOnly: false", tool: Tool(readOnly: false)).ShouldBe(PolicyEffect.Deny);
        Decide("tool.annotations.readOnly: false", tool: Tool(readOnly: true)).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Argument_ByJsonPath_Matches()
    {
        Decide("args.$.target.host: { prefix: prod- }", args: """{"target":{"host":"prod-db"}}""").ShouldBe(PolicyEffect.Deny);
        Decide("args.$.target.host: { prefix: prod- }", args: """{"target":{"host":"dev-db"}}""").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Argument_Numeric_Compares()
    {
        Decide("args.$.rows: { gt: 1000 }", args: """{"rows":5000}""").ShouldBe(PolicyEffect.Deny);
        Decide("args.$.rows: { gt: 1000 }", args: """{"rows":10}""").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Argument_ArrayIndex_Matches()
    {
        Decide("args.$.items[1]: bad", args: """{"items":["ok","bad"]}""").ShouldBe(PolicyEffect.Deny);
        Decide("args.$.items[1]: bad", args: """{"items":["bad"]}""").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Argument_Exists_Matches()
    {
        Decide("args.$.force: { exists: true }", args: """{"force":false}""").ShouldBe(PolicyEffect.Deny);
        Decide("args.$.force: { exists: true }", args: "{}").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void EnvTime_WindowWrappingMidnight_UsesClock()
    {
        var night = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);
        Decide("env.time: { between: \"22:00-06:00\" }", now: night).ShouldBe(PolicyEffect.Deny);
        Decide("env.time: { between: \"22:00-06:00\" }", now: Noon).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void EnvTime_TimeZone_Applies()
    {
        // 12:00 UTC is 13:00 in Paris in November.
        Decide("env.time: { between: \"13:00-14:00\" }", extra: "settings: { timeZone: Europe/Paris }").ShouldBe(PolicyEffect.Deny);
        Decide("env.time: { between: \"13:00-14:00\" }").ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void EnvDay_Weekend_UsesClock()
    {
        // 2026-11-23 is a Monday.
        Decide("env.day: [sat, sun]").ShouldBe(PolicyEffect.Allow);
        Decide("env.day: [mon]").ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void EnvSource_Cidr_MatchesAddress()
    {
        Decide("env.source: { notIn: [10.0.0.0/8] }", source: IPAddress.Parse("192.168.1.5")).ShouldBe(PolicyEffect.Deny);
        Decide("env.source: { notIn: [10.0.0.0/8] }", source: IPAddress.Parse("10.1.2.3")).ShouldBe(PolicyEffect.Allow);
        Decide("env.source: { in: [10.0.0.0/8] }", source: IPAddress.Parse("::ffff:10.1.2.3")).ShouldBe(PolicyEffect.Deny);
    }

    [Fact]
    public void EnvSource_UnknownAddress_ConditionFalse()
    {
        Decide("env.source: { in: [0.0.0.0/0] }", source: null).ShouldBe(PolicyEffect.Allow);
    }

    [Fact]
    public void Conditions_AllMustHold()
    {
        Decide("tool.server: srv\nprincipal.trust: { lt: 0.3 }", trust: 0.9).ShouldBe(PolicyEffect.Allow);
        Decide("tool.server: srv\nprincipal.trust: { lt: 0.3 }", trust: 0.1).ShouldBe(PolicyEffect.Deny);
    }
}
